# Metaclasses of the bases must be compatible; the most derived one wins.
class M1(type):
    pass
class M2(type):
    pass
class Sub(M1):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(metaclass=Sub):
    pass
try:
    class D(A, B):
        pass
except TypeError as e:
    print('TypeError', e)
class E(A, C):
    pass
print(type(E).__name__)
class F(C, metaclass=M1):
    pass
print(type(F).__name__)
try:
    type.__new__(M1, 'G', (B,), {})
except TypeError as e:
    print('TypeError', e)
