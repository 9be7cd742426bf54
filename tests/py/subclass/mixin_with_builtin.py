# A Python mixin combined with a built-in base; methods from both.
class ReprMixin:
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, super().__repr__())
    def describe(self):
        return 'len=%d' % len(self)

class MyList(ReprMixin, list):
    pass
class MyDict(ReprMixin, dict):
    pass
class MyInt(ReprMixin, int):
    def describe(self):
        return 'int ' + str(int(self))

print(repr(MyList([1])), MyList([1, 2]).describe(), repr(MyDict(a=1)), MyDict(a=1).describe())
print(repr(MyInt(3)), MyInt(3).describe(), MyInt(3) + 1, MyList.__base__.__name__, MyInt.__base__.__name__)
print([k.__name__ for k in MyList.__mro__])
