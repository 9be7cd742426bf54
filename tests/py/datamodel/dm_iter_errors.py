# Iteration errors: not iterable, __iter__ returning a non-iterator, next() on a non-iterator.
class NotIterable: pass
class BadIter:
    def __iter__(self): return 5
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt('iter', lambda: iter(NotIterable()))
attempt('for', lambda: [x for x in NotIterable()])
attempt('bad __iter__', lambda: iter(BadIter()))
attempt('bad __iter__ list', lambda: list(BadIter()))
attempt('__iter__ None', lambda: iter(IterNone()))
attempt('next', lambda: next(NotIterable()))
attempt('next list', lambda: next([1]))
attempt('unpack', lambda: [a for a, b in [NotIterable()]])
def star():
    a, *b = NotIterable()
attempt('star', star)
