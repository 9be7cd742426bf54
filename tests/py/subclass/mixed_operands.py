# Binary operators mixing subclass instances with built-ins: which side answers, result
# types, and CPython's errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
class I(int): pass
class IR(int):
    def __radd__(self, o): return 'IR.radd'
    def __add__(self, o): return NotImplemented
class F(float):
    def __radd__(self, o): return 'F.radd'
class C(complex):
    def __radd__(self, o): return 'C.radd'
class Obj:
    def __radd__(self, o): return 'Obj.radd'
    def __add__(self, o): return 'Obj.add'
t('I+F', lambda: I(5) + F(2.5))
t('5+F', lambda: 5 + F(2.5))
t('2.0+F', lambda: 2.0 + F(2.5))
t('F+2', lambda: F(2.5) + 2)
t('5+C', lambda: 5 + C(1))
t('1.5+C', lambda: 1.5 + C(1))
t('IR+1', lambda: IR(3) + 1)
t('1+IR', lambda: 1 + IR(3))
t('IR+IR', lambda: IR(3) + IR(4))
t('I+Obj', lambda: I(1) + Obj())
t('Obj+I', lambda: Obj() + I(1))
t('True+I', lambda: True + I(1))
t('I*[1]', lambda: I(2) * [1])
t('[1]*I', lambda: [1] * I(2))
t('S*I', lambda: 'ab' * I(2))
t('I-F', lambda: I(3) - F(1.0))
t('divmod I F', lambda: divmod(I(7), F(2.0)))
t('divmod F I', lambda: divmod(F(7.0), I(2)))
t('pow I 2', lambda: pow(I(2), 3))
t('pow I I mod', lambda: pow(I(2), I(3), I(5)))
t('I//0', lambda: I(1) // 0)
t('I + None', lambda: I(1) + None)
t('None + I', lambda: None + I(1))
class L(list): pass
t('L + (1,)', lambda: L([1]) + (1,))
t('L += (1,)', lambda: (lambda l: (l.__iadd__((2,)), l)[1])(L([1])))
def iadd_tuple():
    l = L([1]); l += (2,); return l
t('L += tuple', iadd_tuple)
class S(set): pass
def ior():
    s = S([1]); s |= [2]; return s
t('S |= list', ior)
t('S | list', lambda: S([1]) | [2])
t('S & frozenset', lambda: S([1, 2]) & frozenset([2]))
t('frozenset & S', lambda: frozenset([1, 2]) & S([2]))
class D(dict): pass
t('D | dict', lambda: D(a=1) | {'b': 2})
t('dict | D', lambda: {'b': 2} | D(a=1))
t('D | list', lambda: D(a=1) | [1])
class B(bytes): pass
t('B + bytearray', lambda: B(b'a') + bytearray(b'b'))
t('bytearray + B', lambda: bytearray(b'a') + B(b'b'))
t('B % tuple', lambda: B(b'%d') % (5,))
class T(tuple): pass
t('T + list', lambda: T((1,)) + [2])
t('T * T', lambda: T((1,)) * T((2,)))
t('-I', lambda: -I(0))
t('~I', lambda: ~I(5))
t('abs(I(-3))', lambda: abs(I(-3)))
t('I < F', lambda: I(1) < F(2.0))
t('I == C', lambda: I(1) == C(1))
