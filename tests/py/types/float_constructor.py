# float() parsing and conversions.
print(float(), float(3), float("3.5"), float(" -2.5e3 "), float("1_000.5"), float(True))
print(float("inf"), float("-Infinity"), float("nan"), float("+1E-2"), float(".5"), float("5."))
print(float(2 ** 1000) == 2.0 ** 1000, float(10 ** 20))
for bad in ("", "abc", "1.2.3", "1e", "- 1", "0x10", "1__0", "in f"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError", e)
try:
    float([1])
except TypeError as e:
    print("TypeError", e)
