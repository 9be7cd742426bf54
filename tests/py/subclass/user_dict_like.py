# A case-insensitive dict built on dict, overriding the item methods it needs.
class CaseDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v
    def get(self, k, default=None):
        return super().get(k.lower(), default)

c = CaseDict({'Content-Type': 'text'}, Host='x')
c['ACCEPT'] = '*'
print(sorted(c.items()), c['content-type'], 'HOST' in c, c.get('Accept'), c.get('nope', 0), len(c))
print(type(c).__name__, isinstance(c, dict), c == {'content-type': 'text', 'host': 'x', 'accept': '*'})
