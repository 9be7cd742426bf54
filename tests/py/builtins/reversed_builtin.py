# reversed() of sequences and dicts.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed({"a": 1, "b": 2})))
print(list(reversed(b"xy")), list(reversed([])))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
