# Every consumer of an iterable uses a list subclass's own __iter__.
class Words(list):
    def __iter__(self):
        return iter(['w1', 'w2'])

w = Words([1, 2, 3])
def f(*args):
    return args
print(' '.join(w), sorted(w), tuple(w), list(w), set(w) == {'w1', 'w2'}, [*w], f(*w))
print(list(enumerate(w)), list(zip(w, w)), list(map(str.upper, w)), min(w), max(w))
print(dict(zip(w, 'ab')), [x for x in w], any(w), frozenset(w) == {'w1', 'w2'})
a, b = w
print(a, b, len(w), w[0], 1 in w, w.index(3), w == [1, 2, 3], repr(w))
l = []
l.extend(w)
l += w
print(l, str(w))
