# __class_getitem__ makes a class subscriptable; it is an implicit classmethod.
class Box:
    def __class_getitem__(cls, item):
        return ('Box of', cls.__name__, item)
print(Box[int], Box[1, 2], Box['x':'y'])
class SubBox(Box):
    pass
print(SubBox[str])
print(type(Box.__dict__['__class_getitem__']).__name__)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
class WithGetitem:
    def __getitem__(self, k):
        return 'instance ' + str(k)
    def __class_getitem__(cls, k):
        return 'class ' + str(k)
print(WithGetitem()[1], WithGetitem[1])
print(list[int], dict[str, int])
