# gcd, lcm, isqrt, factorial, perm, comb on small and big ints.
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 30), math.gcd(0, 0))
print(math.gcd(2**100, 6**50), math.gcd(10**40, 10**30, 0), math.gcd(True, 4), math.gcd(7, 1, 'x') if False else '')
print(math.lcm(), math.lcm(0), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, -10), math.lcm(4, 0, 3), math.lcm(2**64, 3**40))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**20, 2**64 - 1, 2**64, 10**50 + 12345]])
print(math.isqrt(10**200 - 1) == 10**100 - 1, math.isqrt(True))
print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(2000) % (10**30 + 7))
print([math.perm(5, k) for k in range(7)], math.perm(5), math.perm(5, None), math.perm(0, 0))
print(math.perm(100, 20), math.perm(10**20, 3), math.perm(3, 10**30))
print([math.comb(10, k) for k in range(12)], math.comb(0, 0))
print(math.comb(100, 50), math.comb(67, 33), math.comb(10**20, 3), math.comb(10**30, 10**30 - 2))
print(math.comb(1000, 500) % 10**20, math.comb(3, 10**30))
class I:
    def __index__(self):
        return 6
print(math.gcd(I(), 4), math.lcm(I(), 4), math.isqrt(I()), math.factorial(I()), math.perm(I(), 2), math.comb(I(), I()))
class B(int):
    pass
print(math.gcd(B(8), B(12)), type(math.gcd(B(8))), math.factorial(B(4)), type(math.isqrt(B(4))))
