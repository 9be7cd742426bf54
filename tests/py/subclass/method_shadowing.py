# Instance attributes shadow methods of the built-in base (non-data descriptors);
# properties of the subclass are data descriptors.
class L(list):
    @property
    def size(self):
        return len(self)

l = L([1, 2])
l.append = lambda x: 'shadowed ' + str(x)
print(l.append(3), l, L.append(l, 4), l)
print(l.size)
try:
    l.size = 5
except AttributeError as e:
    print('AttributeError', e)
l.__dict__['size'] = 'ignored'
print(l.size, l.__dict__['size'])
del l.append
l.append(5)
print(l)
