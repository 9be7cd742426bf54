# Slice objects and their indices() method.
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s)
print(slice(5), slice(None, 3), slice(1, None, -1))
print(slice(1, 10, 2).indices(6), slice(None, None, -1).indices(5))
print(slice(-3, None).indices(10), slice(-100, 100).indices(4))
data = "abcdefgh"
print(data[s], data[slice(None, None, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)
