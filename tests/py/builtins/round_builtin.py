# round(): banker's rounding and ndigits for ints and floats.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994)])
print(round(2.675, 2), round(2.665, 2), round(1.25, 1), round(1.35, 1), round(-1.25, 1))
print(round(12345, -1), round(12345, -2), round(15, -1), round(25, -1), round(-25, -1))
print(round(10 ** 20 + 5, -1), round(7, 2), round(7, 0), type(round(7, 2)).__name__)
print(round(1.23456789, 4), round(-0.0), round(1e20), round(123.45, -1), round(0.0, 3))
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
