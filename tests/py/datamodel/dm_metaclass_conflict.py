# Unrelated metaclasses of the bases raise the metaclass conflict TypeError.
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(A, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    M2('E', (A,), {})
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class F(A, B, metaclass=M3): pass
print(type(F).__name__)
