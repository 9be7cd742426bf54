# int methods and attributes.
n = 42
print(n.bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print(n.bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print((2 ** 70).to_bytes(9, "big"))
print(n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((-5).__abs__(), (7).__neg__(), int.__add__(2, 3))
print((1024).to_bytes(length=4, byteorder="big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
