# copy.copy/deepcopy through object.__reduce_ex__: instances, slots, subclasses of built-ins, exceptions
import copy
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = copy.deepcopy(P(3)); print(type(p).__name__, p.x, p.l)
q = copy.copy(P(4)); print(q.x)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
t = copy.deepcopy(s); print(t.a, hasattr(t, 'b'))
class I(int): pass
print(copy.deepcopy(I(5)), type(copy.deepcopy(I(5))).__name__)
class L(list): pass
l = L([1, [2]]); l.tag = 't'; m = copy.deepcopy(l); print(m, type(m).__name__, m.tag, m[1] is l[1])
class D(dict): pass
print(copy.deepcopy(D(a=[1])))
print(copy.deepcopy({'a': [1, {2}], 'b': (3, frozenset({4}))}))
e = copy.copy(ValueError('x', 1)); print(repr(e))
try:
    copy.deepcopy((x for x in []))
except TypeError as err: print(err)
print(P(1).__reduce_ex__(2)[0].__name__, object().__reduce_ex__(2)[1])
print(I(5).__getnewargs__(), 'ab'.__getnewargs__())
