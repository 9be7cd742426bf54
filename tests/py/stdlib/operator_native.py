# _operator: the functions, itemgetter, attrgetter and methodcaller, with their errors.
import _operator as o
import operator


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


print(o.add(1, 2), o.sub(5, 3), o.mul('ab', 2), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 4), o.rshift(256, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.neg(5), o.pos(-5), o.inv(5), o.invert(0))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(1, 2), o.ge(3, 3), o.lt([1], [2]))
print(o.not_([]), o.truth('x'), o.abs(-3.5), o.index(7), o.is_(None, None), o.is_not(1, None))
print(o.contains([1, 2], 2), o.getitem('abc', 1), o.countOf([1, 2, 1, 1], 1), o.indexOf('abc', 'c'))
lst = [1, 2, 3]
o.setitem(lst, 0, 'x')
o.delitem(lst, 1)
print(lst, o.concat([1], [2]), o.concat('a', 'b'))
a = [1]
b = o.iadd(a, [2])
print(a, b is a, o.imul([1], 3), o.isub(5, 2), o.iconcat(a, [3]), a)
print(o.length_hint([1, 2, 3]), o.length_hint(iter(range(5))), o.length_hint(5, 9), o.call(max, 3, 4, key=lambda v: -v))
print(o._compare_digest('abc', 'abc'), o._compare_digest(b'ab', b'ac'))
err(lambda: o.add(1))
err(lambda: o.neg())
err(lambda: o.neg(1, 2))
err(lambda: o.add(a=1))
err(lambda: o.concat(1, 2))
err(lambda: o.concat([1], (2,)))
err(lambda: o.indexOf([1, 2, 1], 3))
err(lambda: o.length_hint(iter([1, 2]), 'a'))
err(lambda: o.index(1.5))
err(lambda: o.add(1, 'a'))
err(lambda: o._compare_digest('é', 'e'))
err(lambda: o._compare_digest(1, 2))

g = o.itemgetter(1)
print(g([5, 6, 7]), o.itemgetter(0, 2)('abc'), o.itemgetter('k')({'k': 'v'}), g, o.itemgetter(1, 'a'))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=o.itemgetter(1)), g.__reduce__())
err(lambda: o.itemgetter())
err(lambda: g())
err(lambda: g(1, 2))
err(lambda: g(x=1))
err(lambda: g([]))


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)


ob = Obj(a=1, b=Obj(c=2))
ag = o.attrgetter('a')
print(ag(ob), o.attrgetter('b.c')(ob), o.attrgetter('a', 'b.c')(ob), o.attrgetter('real.imag')(5), ag)
print(o.attrgetter('a.b', 'c'), ag.__reduce__()[1])
err(lambda: o.attrgetter(1))
err(lambda: o.attrgetter())
err(lambda: o.attrgetter('x')(5))
mc = o.methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), o.methodcaller('upper')('abc'), mc, o.methodcaller('f', 1, k=2))
err(lambda: o.methodcaller())
err(lambda: o.methodcaller(1))
err(lambda: o.methodcaller('nope')(1))
print(type(g), type(ag).__name__, operator.itemgetter is o.itemgetter, operator.add is o.add)
try:
    class A(o.itemgetter):
        pass
except TypeError as e:
    print('TypeError', e)
