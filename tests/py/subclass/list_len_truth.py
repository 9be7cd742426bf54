# __len__ of a list subclass gives len() and truth; list methods use the real items.
class Fake(list):
    def __len__(self):
        return 0

f = Fake([1, 2, 3])
print(len(f), bool(f), list(f), f.count(1), f[2], sorted(f))
if not f:
    print('empty by __len__')

class Truthy(list):
    def __bool__(self):
        return True
print(bool(Truthy()), len(Truthy()), not Truthy([1]))
try:
    class Bad(list):
        def __len__(self):
            return -1
    len(Bad())
except ValueError as e:
    print('ValueError', e)
