# bin(), oct() and hex() of ints, negatives and big ints.
for n in (0, 1, 5, 255, -255, 2 ** 64, -(2 ** 100), True):
    print(bin(n), oct(n), hex(n))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
