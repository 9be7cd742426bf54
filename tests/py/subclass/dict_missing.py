# __missing__ answers d[key] for a missing key only.
class Default(dict):
    def __missing__(self, key):
        print('missing', key)
        return key * 2

d = Default(a=1)
print(d['a'], d['bb'], d.get('zz'), d.get('zz', 0), 'zz' in d, len(d))
print(d.setdefault('c', 3), d.pop('c'), d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in 'abracadabra':
    c[w] += 1
print(sorted(c.items()), c['z'], 'z' in c)
class NoMissing(dict):
    pass
try:
    NoMissing()['k']
except KeyError as e:
    print('KeyError', e)
