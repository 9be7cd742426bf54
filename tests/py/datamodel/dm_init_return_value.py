# __init__ must return None; __new__ is an implicit staticmethod callable explicitly.
class A:
    def __init__(self):
        return 5
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __init__(self):
        return None
print(type(B()).__name__)
class C:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return object.__new__(cls)
print(type(C.__dict__['__new__']).__name__)
c = C.__new__(C, 1, 2)
print(type(c).__name__)
class D(C):
    pass
d = D(3)
print(type(d).__name__)
