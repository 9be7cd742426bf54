# iter(callable, sentinel) calls a user __call__ until it returns the sentinel.
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
it = iter(Counter(), 4)
print(type(it).__name__, list(it), list(it))
class Raises:
    def __call__(self):
        raise StopIteration
print(list(iter(Raises(), None)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
