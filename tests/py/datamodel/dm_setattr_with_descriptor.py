# object.__setattr__ called from an override still honours data descriptors.
class A:
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        print('property setter', v)
        object.__setattr__(self, '_p', v)
    def __setattr__(self, name, value):
        print('__setattr__', name)
        object.__setattr__(self, name, value)
a = A()
a.p = 1
print(a.p, a.__dict__)
try:
    object.__setattr__(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
