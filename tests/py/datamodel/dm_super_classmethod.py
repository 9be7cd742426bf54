# Zero-argument super() inside classmethods and __new__ binds to the class.
class A:
    @classmethod
    def make(cls, v):
        return ('A.make', cls.__name__, v)
    def __new__(cls, *args):
        print('A.__new__', cls.__name__, args)
        return super().__new__(cls)
class B(A):
    @classmethod
    def make(cls, v):
        return ('B.make',) + super().make(v + 1)
    def __new__(cls, *args):
        print('B.__new__', cls.__name__)
        return super().__new__(cls, *args)
    def __init__(self, *args):
        pass
class C(B):
    pass
print(B.make(1))
print(C.make(10))
print(type(C(7, 8)).__name__)
