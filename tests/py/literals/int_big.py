# Integer literals far beyond 64 bits.
a = 123456789012345678901234567890
print(a)
print(-a)
print(a * a)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1 << 200)
print(99999999999999999999 + 1)
print(18446744073709551616 - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(type(10**30).__name__)
