# round(), pow() with a modulus, divmod() and abs() over the numeric tower.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16 + 1, -0.4, 5e-324]:
    print(round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1))
print(round(123.456, -2), round(-123.456, -1), round(1e300, -299), round(1.5, 400), round(1.5, -400))
print(round(15, -1), round(25, -1), round(-35, -1), round(12345, -10), round(7, 3), round(2 ** 80, -20))
attempt(lambda: round(1.7976931348623157e308, -308))
attempt(lambda: round(float("inf")))
attempt(lambda: round(float("nan")))
attempt(lambda: round(float("inf"), 2))
attempt(lambda: round(1.5, "x"))
attempt(lambda: round(1.5, 1.0))
attempt(lambda: round(1j))
attempt(lambda: round("1"))
attempt(lambda: round(1.5, 10 ** 30))
attempt(lambda: round(True))
attempt(lambda: round(True, 2))
attempt(lambda: (7).__round__(None))
attempt(lambda: (2.5).__round__(None))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(3, -1, 7), pow(2, 10, 1), pow(5, 0, 3))
print(pow(10 ** 30, 10 ** 20, 10 ** 9 + 7), pow(-7, -3, 11), pow(2, 3, True))
attempt(lambda: pow(2, -1, 4))
attempt(lambda: pow(2, 3, 0))
attempt(lambda: pow(2, 3, 4.0))
attempt(lambda: pow(2.0, 3, 4))
attempt(lambda: pow(2, 3, "x"))
attempt(lambda: pow(1j, 2, 3))
attempt(lambda: pow(2, 3, None))
attempt(lambda: pow(base=2, exp=5))
attempt(lambda: pow(2, 3, mod=5))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (1e308, 1e-308),
             (-0.0, 5), (5, float("inf")), (-5, float("inf")), (float("inf"), 5), (2 ** 70, 3),
             (True, True)]:
    attempt(lambda: divmod(a, b))
attempt(lambda: divmod(1, 0))
attempt(lambda: divmod(1.0, 0))
attempt(lambda: divmod(1j, 1))
attempt(lambda: divmod("a", 1))
for v in [-3, True, -(2 ** 70), -2.5, -0.0, 3 - 4j, complex(float("inf"), float("nan")),
          complex(1e308, 1e308)]:
    attempt(lambda: abs(v))
attempt(lambda: abs("x"))
print(hex(255), oct(-8), bin(2 ** 65), hex(True))
attempt(lambda: hex(1.5))
attempt(lambda: chr(2 ** 40))
attempt(lambda: chr(-1))
attempt(lambda: chr(1.5))
print(sum([0.1] * 10), sum([1, 2.5, 3j]), sum([2 ** 70, -(2 ** 70), True]), min(3, 2.5, True), max(-1, -0.5))
