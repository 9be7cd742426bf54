# __iter__/__next__: for loops, list(), unpacking and iter() returning the iterator itself.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print('__iter__')
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x)
print(list(Countdown(2)))
a, b = Countdown(2)
print(a, b)
c = Countdown(1)
print(iter(c) is c, next(c))
try:
    next(c)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(c, 'default'))
print(sum(Countdown(4)), sorted(Countdown(3)), dict(zip(Countdown(2), 'ab')))
