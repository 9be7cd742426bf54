# In-place repetition and extension through aliases.
x = [0]
y = x
x *= 3
print(x, y, x is y)
x *= 0
print(x, y)
s = bytearray(b"ab")
t = s
s += b"c"
print(s is t, t)
