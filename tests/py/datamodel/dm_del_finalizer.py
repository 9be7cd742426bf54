# __del__ runs when the last reference goes, once per object; resurrection keeps it.
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def scope():
    c = C('local')
    print('leaving scope')
def aliases():
    a = C('a')
    b = a
    del a
    print('a still referenced')
    del b
    print('after b')
keep = []
class Phoenix:
    def __del__(self):
        print('phoenix del')
        keep.append(self)
def resurrect():
    p = Phoenix()
    del p
    print(len(keep), type(keep[0]).__name__)
    keep.clear()
    print('cleared, no second __del__')
class Bad:
    def __del__(self):
        raise ValueError('oops')
def bad():
    x = Bad()
    del x
    print('after bad')
class L(list):
    def __del__(self):
        print('list subclass del', len(self))
def subclass():
    l = L([1, 2])
    del l
    print('after list')
def many():
    items = [C('item%d' % i) for i in range(3)]
    del items
    print('after items')
scope()
aliases()
resurrect()
bad()
subclass()
many()
print('end')
