# An overridden __setitem__ serves d[k] = v, but not update(), setdefault() or the
# constructor (CPython calls the built-in insert directly).
class Upper(dict):
    def __setitem__(self, key, value):
        print('setitem', key)
        dict.__setitem__(self, key.upper(), value)

u = Upper({'a': 1}, b=2)
u['c'] = 3
u.update({'d': 4}, e=5)
u.setdefault('f', 6)
u |= {'g': 7}
print(sorted(u.items()))
class Dropping(dict):
    def __delitem__(self, key):
        print('delitem', key)
        dict.__delitem__(self, key)
dr = Dropping(x=1, y=2)
del dr['x']
dr.pop('y')
print(dr)
