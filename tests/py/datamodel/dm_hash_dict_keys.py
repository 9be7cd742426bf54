# Dict and set lookup use __hash__ then __eq__; equal objects with equal hashes merge.
class Key:
    def __init__(self, name): self.name = name
    def __hash__(self):
        print('hash', self.name)
        return len(self.name)
    def __eq__(self, o):
        print('eq', self.name, o.name)
        return self.name.lower() == o.name.lower()
d = {}
d[Key('abc')] = 1
d[Key('ABC')] = 2
d[Key('xy')] = 3
print(len(d), sorted(d.values()))
print(Key('aBc') in d)
s = {Key('q')}
print(Key('Q') in s)
