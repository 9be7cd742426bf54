# Every binary operator dispatches to its dunder on the left operand.
class Op:
    def __init__(self, name): self.name = name
names = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow',
         'lshift', 'rshift', 'and', 'xor', 'or', 'divmod']
def make(n):
    return lambda self, other: '%s.__%s__(%r)' % (self.name, n, other)
for n in names:
    setattr(Op, '__%s__' % n, make(n))
a = Op('a')
print(a + 1); print(a - 1); print(a * 1); print(a @ 1); print(a / 1)
print(a // 1); print(a % 1); print(a ** 1); print(a << 1); print(a >> 1)
print(a & 1); print(a ^ 1); print(a | 1); print(divmod(a, 1)); print(pow(a, 2))
