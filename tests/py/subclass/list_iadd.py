# In-place operators on a list subclass keep the object and its type.
class L(list):
    pass

l = L([1])
same = l
l += [2, 3]
print(l, type(l).__name__, l is same)
l *= 2
print(l, type(l).__name__, l is same)
m = l + [0]
print(m, type(m).__name__, m is l)

class Logged(list):
    def __iadd__(self, other):
        print('iadd', other)
        return list.__iadd__(self, other)
g = Logged([1])
g += [2]
print(g, type(g).__name__)

class AddOnly(list):
    def __add__(self, other):
        return 'added'
a = AddOnly([1])
a += [2]
print(a)
