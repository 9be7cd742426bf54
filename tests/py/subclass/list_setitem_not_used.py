# Overridden __setitem__ and append are used by subscript assignment and calls only:
# extend, insert, += and the constructor do not call them.
class Audit(list):
    def __setitem__(self, i, v):
        print('setitem', i, v)
        list.__setitem__(self, i, v)
    def append(self, v):
        print('append', v)
        list.append(self, v)
    def __delitem__(self, i):
        print('delitem', i)
        list.__delitem__(self, i)

a = Audit([1, 2, 3])
a[0] = 'a'
a[1:2] = ['b']
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a += [7]
del a[0]
print(a)
a.sort(key=str)
print(a)
