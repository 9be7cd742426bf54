# cmath on every kind of real and imaginary part (C99 Annex G special values) and
# ordinary arguments: results to the last digit, or the error raised.
import cmath

inf, nan = float('inf'), float('nan')
parts = [-inf, -2.5, -0.0, 0.0, 0.75, inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']

def show(z):
    if isinstance(z, complex):
        return '(%r, %r)' % (z.real, z.imag)
    return repr(z)

for name in names:
    f = getattr(cmath, name)
    for re in parts:
        row = []
        for im in parts:
            try:
                row.append(show(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, repr(re), ' '.join(row))
for name in ['phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    print(name, [show(f(complex(re, im))) for re in parts for im in parts])
for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(show(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print('rect', repr(r), ' '.join(row))
