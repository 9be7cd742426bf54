# Every augmented assignment operator finds its __iXXX__ method.
class I:
    pass
ops = ['iadd', 'isub', 'imul', 'imatmul', 'itruediv', 'ifloordiv', 'imod', 'ipow',
       'ilshift', 'irshift', 'iand', 'ixor', 'ior']
def make(n):
    return lambda self, other: '__%s__(%r)' % (n, other)
for n in ops:
    setattr(I, '__%s__' % n, make(n))
x = I(); x += 1; print(x)
x = I(); x -= 2; print(x)
x = I(); x *= 3; print(x)
x = I(); x @= 4; print(x)
x = I(); x /= 5; print(x)
x = I(); x //= 6; print(x)
x = I(); x %= 7; print(x)
x = I(); x **= 8; print(x)
x = I(); x <<= 9; print(x)
x = I(); x >>= 10; print(x)
x = I(); x &= 11; print(x)
x = I(); x ^= 12; print(x)
x = I(); x |= 13; print(x)
