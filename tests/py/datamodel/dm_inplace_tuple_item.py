# t[0] += x on a tuple item mutates the list in place, then fails to store back.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class Box:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
class ReadOnly:
    def __init__(self): self.__dict__['box'] = Box()
    def __setattr__(self, name, value):
        raise AttributeError('read-only ' + name)
r = ReadOnly()
try:
    r.box += 'x'
except AttributeError as e:
    print(type(e).__name__, e)
print(r.box.items)
