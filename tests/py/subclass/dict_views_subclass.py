# Views, iteration and comparison of dict subclass instances.
class D(dict):
    pass

d = D(b=2, a=1)
print(d.keys(), d.values(), d.items(), type(d.keys()).__name__)
print(d.keys() & {'a'}, sorted(d.keys() | {'z'}), list(reversed(d)), list(iter(d)))
print(d == dict(a=1, b=2), D(a=1) != D(a=2), d.popitem(), d, D.fromkeys(['x']) == {'x': None})
for k, v in D(one=1).items():
    print(k, v)
