# Hex, octal and binary literals in both letter cases.
print(0x1f, 0X1F, 0xdead_beef)
print(0o17, 0O777, 0o1_0)
print(0b1010, 0B1111_0000)
print(0x0, 0o0, 0b0)
print(-0xff, -0b1, -0o7)
print(0xFFFFFFFFFFFFFFFF)
print(0b1 + 0o1 + 0x1 + 1)
