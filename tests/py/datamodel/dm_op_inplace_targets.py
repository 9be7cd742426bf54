# Augmented assignment to attributes and subscripts: get, in-place op, then set once each.
class Val:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print('  __iadd__', o)
        self.v += o
        return self
class Holder:
    def __init__(self): self.__dict__['val'] = Val(0)
    def __getattr__(self, name):
        raise AttributeError(name)
    def __setattr__(self, name, value):
        print('  __setattr__', name)
        self.__dict__[name] = value
class Seq:
    def __init__(self): self.data = [Val(1)]
    def __getitem__(self, i):
        print('  __getitem__', i)
        return self.data[i]
    def __setitem__(self, i, v):
        print('  __setitem__', i)
        self.data[i] = v
h = Holder()
print('attribute:')
h.val += 5
print(h.val.v)
s = Seq()
print('subscript:')
s[0] += 10
print(s.data[0].v)
