# Printing very long integers exactly (decimal conversion of big ints).
n = 1
for i in range(1, 51):
    n *= i
print(n)
print(len(str(n)))
print(2 ** 256)
print(-(3 ** 100))
print(str(10 ** 60))
print(repr(7 ** 77))
