# int() from strings in various bases, floats and bools.
print(int(), int(3.99), int(-3.99), int(True), int("  42  "), int("-0"), int("+7"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0))
print(int("0b101", 0), int("101", 2), int("z", 36), int("Z", 36), int("1_000"))
print(int("12", 8), int("  -0x1A  ", 16), int("10", base=3))
print(int(1e20), int(-1e20), int(2.5e-3), int("9" * 30))
print(int("٣"), int("１２"))
