# Values of math's functions on ordinary arguments (exact reprs, so every digit counts).
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sorted(n for n in dir(math) if not n.startswith('_')))
print(math.__name__, math.sin.__name__, repr(math.sqrt))

xs = [0.0, -0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.7, 10.0, 100.25, 1e-10, 1e10, -0.3, -2.5, 7]
one_arg = ['sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'exp2',
           'expm1', 'fabs', 'sqrt', 'cbrt', 'erf', 'erfc', 'log1p', 'degrees', 'radians']
for name in one_arg:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

for name in ['asin', 'acos', 'atanh']:
    f = getattr(math, name)
    print(name, [f(x) for x in [-0.99, -0.5, 0.0, 0.25, 0.5, 0.75, 0.999]])
print('acosh', [math.acosh(x) for x in [1.0, 1.5, 2.0, 10.0, 1e100]])
for name in ['log', 'log2', 'log10']:
    f = getattr(math, name)
    print(name, [f(x) for x in [1e-300, 0.1, 0.5, 1, 2, 3, 10, 1000, 1e300, 2**100, 10**50]])
print('log base', math.log(100, 10), math.log(8, 2), math.log(1000, 10), math.log(2, 0.5), math.log(10**400, 10**200))
print('bigint logs', math.log(10**400), math.log2(2**5000), math.log10(10**1000), math.log(3**1000), math.log10(7**777))
print('pow', [math.pow(x, y) for x, y in [(2, 10), (2, 0.5), (-2, 3), (-2, -3), (10, -2), (1.5, 2.5), (0, 0), (7, 1/3)]])
print('atan2', [math.atan2(y, x) for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (3, 4)]])
print('copysign', math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, math.nan))
print('fmod', math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 2), math.fmod(-0.0, 1))
print('remainder', [math.remainder(x, y) for x, y in [(10, 3), (11, 3), (2.5, 1), (3.5, 1), (-2.5, 1), (7, -2), (5e-324, 1)]])
print('frexp', [math.frexp(x) for x in [1.0, 0.5, 3.0, -10.0, 1e300, 5e-324, 0.0, -0.0]])
print('ldexp', [math.ldexp(x, i) for x, i in [(1.0, 10), (0.75, 4), (1.0, -1074), (1.5, -1074), (0.75, -1073), (3.0, -1080), (1.0, 1023)]])
print('modf', [math.modf(x) for x in [3.5, -3.5, 2.0, -2.0, 0.0, -0.0, 1e300]])
print('floor/ceil/trunc', [(math.floor(x), math.ceil(x), math.trunc(x)) for x in [2.5, -2.5, 3.0, -0.5, 1e20, 7, True]])
print('isclose', math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-11), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1.0))
print('isfinite', [math.isfinite(x) for x in [0, 1e308, math.inf, math.nan]])
print('isinf', [math.isinf(x) for x in [0, -math.inf, math.inf, math.nan]])
print('isnan', [math.isnan(x) for x in [0, math.inf, math.nan]])
print('nextafter', math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(3, 3), math.nextafter(1e308, math.inf))
print('ulp', [math.ulp(x) for x in [1.0, 0.0, -2.0, 1e300, 5e-324, math.inf, 1.7976931348623157e308]])
