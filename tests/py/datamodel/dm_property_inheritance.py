# Overriding and extending a base-class property in a subclass.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class AddSetter(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 10
class Override(Base):
    @property
    def v(self):
        return 'override ' + str(super().v)
a = AddSetter()
a.v = 2
print(a.v, Base.v.fset, AddSetter.v.fset is not None)
o = Override()
print(o.v)
try:
    o.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Base().v = 3
except AttributeError as e:
    print(type(e).__name__, e)
