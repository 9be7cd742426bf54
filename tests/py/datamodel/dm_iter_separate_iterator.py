# An iterable returning a fresh iterator each time can be looped over repeatedly.
class Range3:
    def __iter__(self):
        return It(3)
class It:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __iter__(self):
        return self
r = Range3()
print(list(r), list(r), [x * y for x in r for y in r])
it = iter(r)
print(next(it), list(it), list(it))
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except TypeError as e:
    print(type(e).__name__, e)
