# Deleting slices with and without steps.
s = list(range(10))
del s[::3]
print(s)
s = list(range(10))
del s[1:8:2]
print(s)
s = list(range(10))
del s[::-2]
print(s)
s = list(range(10))
del s[2:]
print(s)
del s[:]
print(s)
b = bytearray(b"abcdef")
del b[1::2]
print(b)
