# __hash__ inheritance: a subclass defining only __eq__ loses the inherited __hash__.
class Base:
    def __hash__(self): return 42
class EqOnly(Base):
    def __eq__(self, o): return True
class KeepsHash(Base):
    def __eq__(self, o): return True
    __hash__ = Base.__hash__
class NoEq(Base):
    pass
for cls in (Base, EqOnly, KeepsHash, NoEq):
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
class Unhashable:
    __hash__ = None
class Rehash(Unhashable):
    def __hash__(self): return 3
print(hash(Rehash()))
class Child(Unhashable):
    pass
try:
    hash(Child())
except TypeError as e:
    print(type(e).__name__, e)
