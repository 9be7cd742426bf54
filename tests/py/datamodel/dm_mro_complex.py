# C3 linearisation of the classic multi-level examples (the 2.3 MRO paper, Wikipedia).
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
class A1: pass
class B1: pass
class C1: pass
class D1: pass
class E1: pass
class K1(A1, B1, C1): pass
class K2(D1, B1, E1): pass
class K3(D1, A1): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in K3.__mro__])
