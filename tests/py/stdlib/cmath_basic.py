# cmath on ordinary, huge, tiny and near-one arguments; conversions; errors.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
zs = [1 + 2j, -3 + 0.5j, 0.5 - 0.25j, 1e-300 + 1e-300j, 5e-324 + 5e-324j, 1e300 + 1e300j, -1e308 - 1e308j,
      1 + 1e-10j, 0.9999999 + 0.001j, 2, -2, 1j, -1j, 0.5, 710 + 1j, -710 + 2j, 1e-8 + 1e-8j, 3e154 + 4e154j,
      1 + 0j, -1 + 0j, 1.5e-160 + 1j]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
             'sin', 'sinh', 'sqrt', 'tan', 'tanh']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(10, 10j), cmath.log(100, 10), cmath.log(0.5j, -2))
print(cmath.phase(-1), cmath.phase(-1 - 0j), cmath.phase(complex(-1, -0.0)), cmath.polar(3 + 4j), cmath.polar(-2))
print(cmath.rect(2, cmath.pi / 3), cmath.rect(1, 0), cmath.rect(-1, -0.0), cmath.rect(3, 1e10))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-12j, abs_tol=1e-11), cmath.isclose(complex(cmath.inf, 1), complex(cmath.inf, 1)),
      cmath.isclose(a=1, b=1.0))

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, repr(r))

class C:
    def __complex__(self):
        return 1 + 2j
class B:
    def __complex__(self):
        return 1
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 3
t(cmath.sqrt, C()); t(cmath.sqrt, B()); t(cmath.sqrt, F()); t(cmath.sqrt, I()); t(cmath.sqrt, 10**400)
t(cmath.sqrt, True); t(cmath.sqrt, 'a'); t(cmath.sqrt); t(cmath.sqrt, 1, 2); t(cmath.sqrt, z=1)
t(cmath.log); t(cmath.log, 1, 2, 3); t(cmath.log, 1, base=2); t(cmath.log, 0); t(cmath.log, 1, 0)
t(cmath.log, 1, 1); t(cmath.log, 0, 2); t(cmath.log, 2, 0); t(cmath.log, 'a'); t(cmath.log, 1, 'b')
t(cmath.rect, 1); t(cmath.rect, 1, 'a'); t(cmath.rect, 1j, 1); t(cmath.polar, complex(1e308, 1e308))
t(cmath.polar, complex(cmath.inf, cmath.nan)); t(cmath.phase, 'x'); t(cmath.isclose, 1, 1, rel_tol=-1)
t(cmath.isclose, 1); t(cmath.isclose, 1, 2, 3); t(cmath.isclose, 1, 2, x=3); t(cmath.exp, complex(1000, 1))
t(cmath.cosh, complex(1000, 0)); t(cmath.atanh, 1); t(cmath.atanh, -1); t(cmath.acos, 2); t(cmath.sinh, complex(800, 1e-300))
t(cmath.tanh, complex(800, 1)); t(cmath.tan, complex(1, 800)); t(cmath.exp, complex(709.9, 0.5))
