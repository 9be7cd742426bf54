# Equality and ordering of nested containers.
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print((1, [2]) == (1, [2]), {"a": [1]} == {"a": [1]}, {1: 2} != {1: 3})
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], (n,) == (n,))
print({1, 2} == {2, 1}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
print([[]] * 2 == [[], []], [0, 0.0, False] == [False, 0, 0.0])
