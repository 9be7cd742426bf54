# float methods.
x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), (0.1).hex(), (1.0).hex(), (-0.0).hex(), (0.0).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"))
print(x.conjugate(), x.real, x.imag, (-2.5).__abs__())
print(float("1e500").is_integer(), (1e300).is_integer())
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
