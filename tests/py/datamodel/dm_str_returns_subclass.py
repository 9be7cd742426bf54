# str(), repr() and format() return a str-subclass result of __str__/__repr__ unchanged.
class StrSub(str):
    pass
class A:
    def __str__(self): return StrSub('sub-str')
    def __repr__(self): return StrSub('sub-repr')
print(type(str(A())).__name__, str(A()))
print(type(repr(A())).__name__, repr(A()))
print(type(format(A())).__name__, f'{A()}')
