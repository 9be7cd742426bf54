# int() and float() as conversions between each other and strings.
print(int(float("1e3")), float(int("12")), int(-0.9), int(7 // 2), float(7 // 2))
print(int("0" * 5), int("-" "5"), float("-0.0"), int(float(2 ** 60)))
print(int(round(2.5)), int(True + True), float(str(1 / 3)) == 1 / 3)
