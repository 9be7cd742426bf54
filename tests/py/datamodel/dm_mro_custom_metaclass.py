# A metaclass may override mro(); __mro__ reflects its result.
class Meta(type):
    def mro(cls):
        order = super().mro()
        print('mro() called for', cls.__name__)
        return order[:1] + order[1:][::-1]
class A: 
    def f(self): return 'A'
class B(A):
    def f(self): return 'B'
class C(B, metaclass=Meta):
    pass
print([k.__name__ for k in C.__mro__])
print(C().f())
print([k.__name__ for k in type.mro(C)])
