# gamma/lgamma (CPython's own Lanczos code), erf, fsum, hypot and dist, to the last digit.
import math

xs = [0.5, 1.5, 2.5, 3.0, 4.2, 5.5, 6.0, 10.1, 23.0, 24.0, 30.5, 100.5, 141.0, 170.5,
      1e-5, 1e-25, -0.5, -1.5, -2.7, -10.3, -150.5, -190.2, -200.5, 0.1, 7.7, 12.34]
for x in xs:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))
print([math.lgamma(x) for x in [1, 2, 3, 1e10, 1e300, -1e-25, 3.5e5, -0.1]])
print([math.erf(x) for x in [-3, -1, -0.1, 0, 0.3, 1, 2.5, 6, 30]])
print([math.erfc(x) for x in [-3, -1, -0.1, 0, 0.3, 1, 2.5, 6, 27, 30]])

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e-16, 1e16]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum(iter([1, 2, 3])), math.fsum([2**60, 1]))
print(math.fsum([math.inf, 1, math.inf]), math.fsum([math.nan, math.inf]), math.fsum([-math.inf, 5]))
print(math.fsum([1.7976931348623157e308, -1e308, 1e300]))
print(math.fsum(x / 7 for x in range(1000)))
print(math.fsum([0.3, 0.2, 0.1, -0.6]), math.fsum([1e308, 1e308, -1e308]) if False else '')

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1, 1))
print(math.hypot(1.0, 2.0, 3.0, 4.0), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324))
print(math.hypot(1e-310, 3e-310), math.hypot(0.1, 0.2, 0.3), math.hypot(*range(100)))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 2))
print(math.hypot(3, 4.5, 6.25, 1e-3, 1e10), math.hypot(2**0.5, 3**0.5))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), math.dist((), ()))
print(math.dist(iter([1.0, 2.0, 3.0]), (4.0, 6.0, 8.0)), math.dist((1e308, -1e308), (-1e308, 1e308)))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([1.5, 2, 3]),
      math.prod([2, 2.5]), math.prod([], start=5), math.prod([2, 3], start=0.5),
      math.prod([[1], 3]) if False else '', math.prod(['ab', 3]) if False else '', math.prod([3, 'ab']))
print(math.prod([2**40, 2**40, 2**40]), math.prod([10**20, 0.5]), math.prod(iter([1j, 1j])))
