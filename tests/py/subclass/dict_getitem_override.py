# An overridden __getitem__ serves d[k]; get(), copies, ** and iteration read the
# table directly.
class Shout(dict):
    def __getitem__(self, key):
        return str(dict.__getitem__(self, key)).upper()

s = Shout(a='x', b='y')
print(s['a'], s.get('a'), dict(s), {**s}, s.copy(), list(s.values()), list(s.items()))
def f(**kw):
    return kw
print(f(**s))
print('%(a)s and %(b)s' % s)

class Keys(dict):
    def keys(self):
        return ['a']
    def __iter__(self):
        return iter(['a'])
    def __getitem__(self, key):
        return 'from getitem'
k = Keys(a=1, b=2)
print(dict(k), list(k), {**k})
d = {}
d.update(k)
print(d)
