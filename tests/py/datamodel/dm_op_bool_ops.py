# and/or/not call __bool__ once per evaluated operand and return the operand itself.
class T:
    def __init__(self, name, truth): self.name, self.truth = name, truth
    def __bool__(self):
        print('bool', self.name)
        return self.truth
    def __repr__(self): return self.name
a, b, c = T('a', True), T('b', False), T('c', True)
print(a and b)
print(b and a)
print(b or c)
print(a or b)
print(not a, not b)
x = a if b else c
print(x)
while b:
    pass
print(all([a, c]), any([b, b]))
