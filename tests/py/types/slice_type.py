# slice objects as values.
s = slice(1, 5)
print(s, repr(slice(None)), slice(1, 2, 3).step, slice(4).stop, slice(4).start)
print("abcdef"[s], [0, 1, 2, 3, 4, 5][slice(None, None, 2)])
print(slice(0, 10, 3).indices(7), slice(None, None, -2).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, 1))
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
