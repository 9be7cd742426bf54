# throw() and close() on a generator suspended in yield from go to the sub-iterator first.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
    finally:
        print('inner finally')
    return 'inner done'
def outer():
    try:
        r = yield from inner()
        print('outer got', r)
        yield 'after'
    finally:
        print('outer finally')
g = outer()
print(next(g))
print(g.throw(ValueError('v')))
print(next(g))
g.close()
print('---')
g = outer()
next(g)
g.close()
print('---')
def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print('outer2 caught', repr(e))
        yield 'x'
g = outer2(); next(g)
print(g.throw(KeyError('k')))
class It:
    def __iter__(self): return self
    def __next__(self): return 5
    def throw(self, e): raise StopIteration('from throw')
def outer3():
    r = yield from It()
    print('r', r)
    yield 'end'
g = outer3(); next(g)
print(g.throw(ValueError))
