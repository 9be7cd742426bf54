# Slice assignment, including extended slices and resizing.
s = list(range(8))
s[2:4] = ["a", "b", "c"]
print(s)
s[:0] = [-1]
print(s)
s[len(s):] = [99]
print(s)
s[::2] = [0] * len(s[::2])
print(s)
s[1:3] = []
print(s)
t = list(range(6))
t[::-2] = "xyz"
print(t)
try:
    t[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
u = [1, 2, 3]
u[1:2] = range(4)
print(u)
u[:] = "ab"
print(u)
