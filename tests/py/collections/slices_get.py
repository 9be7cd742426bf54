# Slicing with every combination of start, stop and step.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:3], s[3:-100], s[5:5], s[::3])
print("hello world"[::-1], "hello"[1:4], "hello"[-1::-2])
print((1, 2, 3, 4)[1::2], b"abcdef"[::2], range(10)[2:8:3])
print(s[slice(1, 6, 2)], s[slice(None, None, -3)])
