# Every reflected operator is used when the left operand (an int) returns NotImplemented.
class R:
    pass
names = ['radd', 'rsub', 'rmul', 'rmatmul', 'rtruediv', 'rfloordiv', 'rmod', 'rpow',
         'rlshift', 'rrshift', 'rand', 'rxor', 'ror', 'rdivmod']
def make(n):
    return lambda self, other: '__%s__(%r)' % (n, other)
for n in names:
    setattr(R, '__%s__' % n, make(n))
r = R()
print(1 + r); print(2 - r); print(3 * r); print(4 @ r); print(5 / r)
print(6 // r); print(7 % r); print(8 ** r); print(9 << r); print(10 >> r)
print(11 & r); print(12 ^ r); print(13 | r); print(divmod(14, r)); print(pow(15, r))
print('s' + r, [1] * r, 1.5 - r)
