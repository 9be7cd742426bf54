# A tuple subclass whose __iter__ differs: unpacking, list() and *args iterate with it;
# len, indexing and `in` keep tuple's own behaviour.
class Rev(tuple):
    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))

r = Rev((1, 2, 3))
print(list(r), tuple(r), [*r], len(r), r[0], 1 in r, sorted(r))
a, b, c = r
print(a, b, c)
def f(*args):
    return args
print(f(*r), max(r))
for x in r:
    print(x)
