# __iter__, __len__ and __contains__ overrides of a dict subclass.
class Sorted(dict):
    def __iter__(self):
        return iter(sorted(dict.keys(self)))
    def __len__(self):
        return 99
    def __contains__(self, key):
        return True

s = Sorted(b=1, a=2)
print(list(s), len(s), 'zz' in s, list(s.keys()), [k for k in s], bool(Sorted()))
for k in s:
    print(k, s[k])
print(sorted(s), tuple(s), max(s))
