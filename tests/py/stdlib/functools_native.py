# _functools: partial (flattening, keywords, repr, attributes, binding), reduce,
# cmp_to_key and _lru_cache_wrapper.
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, *c, **d):
    return (a, b, c, d)


p = partial(f, 1, x=3)
print(p.func is f, p.args, p.keywords, p(5, x=9), p(), p(7, 8, 9, y=0))
q = partial(p, 2, y=4)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(len, 'abc'))[:25], partial(len)('xyz'), partial(max, key=len)(['a', 'bbb', 'cc']))
p.attr = 'set'
r = partial(p, 9)
print(r.func is p, r.args, p.attr)
err(lambda: setattr(p, 'func', 5))
err(lambda: partial())
err(lambda: partial(5))
err(lambda: partial(f, 1, **{'a': 3})('x'))
print(type(p).__name__, partial.__module__, p.__reduce__()[1][0] is f, p.__reduce__()[2][1:3])
s = partial(f)
s.__setstate__((len, ('abc',), None, None))
print(s(), s.args, s.keywords)


class C:
    m = partial(f, 'self?')


print(C().m(1), C.m(2))


class P(partial):
    pass


pp = P(f, 1)
print(type(pp).__name__, pp(2), repr(pp).startswith('P(<function f'))
pk = partial(dict, a=1)
print(repr(pk), pk(b=2))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, 'hello'))
print(reduce(lambda a, b: a + [b], range(3), []))
err(lambda: reduce(len))
err(lambda: reduce(len, [], 1, 2))
err(lambda: reduce(len, 5))
err(lambda: reduce(len, []))
err(lambda: reduce(f=len))


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([5, 2, 4, 1], key=cmp_to_key(lambda a, b: b - a)), sorted('bca', key=cmp_to_key(cmp)))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(1), K(3) == K(3), K(1) != K(1), K(5) > K(2), K(1) >= K(2), K(4).obj, K.obj)
err(lambda: K(1) < 5)
err(lambda: K())
err(lambda: hash(K(1)))
err(lambda: cmp_to_key())
print(type(K).__name__, type(K(1)).__module__)

info = lambda *a: a


def square(x):
    calls.append(x)
    return x * x


calls = []
w = _lru_cache_wrapper(square, 2, False, info)
print(w(2), w(3), w(2), w(4), w(3), w.cache_info(), calls)
w.cache_clear()
print(w.cache_info(), w(2), calls[-1])
calls = []
u = _lru_cache_wrapper(square, None, False, info)
print([u(i % 3) for i in range(9)], u.cache_info(), calls)
calls = []
z = _lru_cache_wrapper(square, 0, False, info)
print(z(2), z(2), z.cache_info(), calls)
calls = []
t = _lru_cache_wrapper(square, 10, True, info)
print(t(2), t(2.0), t(2), t.cache_info(), calls)
k = _lru_cache_wrapper(lambda a, b=0: a - b, None, False, info)
print(k(1, b=2), k(1, b=2), k(b=2, a=1), k.cache_info())
err(lambda: _lru_cache_wrapper(len, 'a', False, tuple))
err(lambda: _lru_cache_wrapper(5, 1, False, tuple))
print(_lru_cache_wrapper(len, -1, False, info)(''))


class M:
    def method(self, x):
        return ('method', x)

    method = _lru_cache_wrapper(method, 8, False, info)


mo = M()
print(mo.method(1), mo.method(1), M.method.cache_info())


def fib(n):
    return n if n < 2 else fibc(n - 1) + fibc(n - 2)


fibc = _lru_cache_wrapper(fib, None, False, info)
print(fibc(80), fibc.cache_info())
