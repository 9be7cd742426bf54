# set() and frozenset() from iterables; unhashable elements fail.
print(set(), set([3, 3, 1]), set((2,)), set(range(4)), set({1: "a"}), set(b"aab"))
print(frozenset(range(3)), set(frozenset([1])), sorted(set("abracadabra")))
try:
    set([[1]])
except TypeError as e:
    print("TypeError", e)
try:
    {[]}
except TypeError as e:
    print("TypeError", e)
