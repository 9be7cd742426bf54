# round() of floats, with and without ndigits.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5, 0), round(5.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, 1)).__name__)
print(round(1e300, 2), round(123.456, 10), round(0.1 + 0.2, 15))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
