# OverflowError messages for conversions out of range.
cases = [lambda: [0] * 10 ** 30, lambda: "x" * 2 ** 70, lambda: float(10 ** 400),
         lambda: 10.0 ** 400, lambda: int(float("inf")), lambda: len(range(10 ** 30)),
         lambda: chr(2 ** 64), lambda: (2 ** 10000) / 3, lambda: 1e308 * 10,
         lambda: round(1e308, -400), lambda: "abc"[2 ** 100:], lambda: [1, 2][2 ** 100:]]
for c in cases:
    try:
        print(c())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc"[2 ** 100]
except IndexError as e:
    print("IndexError", e)
