# Fractions by hand: gcd, lcm, reduction and arithmetic with big ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g
    def add(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def mul(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def show(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
total = Frac(0)
for k in range(1, 21):
    total = total.add(Frac(1, k))
print("H(20) =", total.show())
print(Frac(6, -4).show(), Frac(0, 5).show(), Frac(3, 4).mul(Frac(4, 3)).show())
print(gcd(2 ** 100, 6 ** 50), gcd(0, 7), gcd(-12, 18))
lcm = 1
for k in range(1, 31):
    lcm = lcm * k // gcd(lcm, k)
print("lcm(1..30) =", lcm)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
