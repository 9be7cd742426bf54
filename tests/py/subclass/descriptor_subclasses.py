# Subclasses of property, classmethod and staticmethod (as the abc module defines them),
# with their own __init__, __get__ and __set__.
class abstractclassmethod(classmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)
class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)
class abstractproperty(property):
    __isabstractmethod__ = True
class cached(property):
    def __init__(self, f):
        super().__init__(f)
        self.calls = 0
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        self.calls += 1
        return self.fget(obj) * 10
class Logged(property):
    def __set__(self, obj, value):
        print('Logged set', value)
        super().__set__(obj, value)
class A:
    @abstractclassmethod
    def make(cls): return cls.__name__
    @abstractstaticmethod
    def helper(x): return x + 1
    @abstractproperty
    def p(self): return 'p'
    @cached
    def c(self): return 4
    def _get(self): return self._v
    def _set(self, v): self._v = v
    v = Logged(_get, _set)
a = A()
print(A.make(), A.helper(1), a.p, a.c, a.c, A.__dict__['c'].calls, type(A.__dict__['make']).__name__)
a.v = 3
print(a.v, A.__dict__['make'].__isabstractmethod__, A.__dict__['helper'].__isabstractmethod__)
class P2(property): pass
class B:
    @P2
    def x(self): return 1
    @x.setter
    def x(self, v): print('set', v)
b = B()
b.x = 5
print(b.x, type(B.__dict__['x']).__name__, isinstance(B.__dict__['x'], property))
print(classmethod.__new__(classmethod).__class__.__name__)
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    property.__new__(int)
except TypeError as e:
    print(e)
