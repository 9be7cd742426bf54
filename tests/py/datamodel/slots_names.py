# __slots__ names: private-name mangling, sorting, __dict__ in slots, and the errors
# for bad entries.
class P:
    __slots__ = ('x', '__y', '__dict__')
    def set(self):
        self.__y = 'private'
        return self.__y
p = P()
p.z = 1
print(p.__dict__, p.set(), P._P__y, p._P__y)
print([k for k in P.__dict__ if not k.startswith('__')])
class V:
    __slots__ = ['w', 'v']
print(V.__slots__, [k for k in V.__dict__ if k in 'vw'])
for bad in [(1,), ('a b',), ('',)]:
    try:
        class S:
            __slots__ = bad
    except TypeError as e:
        print(e)
try:
    class R:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class HasDict:
    pass
try:
    class D(HasDict):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
