# str subclasses as dict keys and attribute names.
class S(str):
    pass

class Folded(str):
    def __eq__(self, other):
        return self.lower() == other.lower()
    def __hash__(self):
        return hash(self.lower())

d = {S('a'): 1, 'b': 2}
print(d['a'], d[S('b')], S('a') in d, list(d), [type(k).__name__ for k in d])
f = {Folded('Key'): 'v'}
print(f.get(Folded('KEY')), f.get('key'), Folded('X') == 'x', 'x' == Folded('X'))

class Obj:
    pass
o = Obj()
setattr(o, S('attr'), 5)
print(o.attr, getattr(o, S('attr')), hasattr(o, S('attr')), vars(o))
