# Negative indices on every sequence type.
s = [10, 20, 30]
print(s[-1], s[-3], "abc"[-1], (1, 2)[-2], b"xyz"[-1], range(5)[-1])
s[-1] = 99
print(s)
print(range(0, 20, 3)[-2], "hello"[-5])
