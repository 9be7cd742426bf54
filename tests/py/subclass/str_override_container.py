# __len__, __contains__, __getitem__ and __iter__ overrides of a str subclass.
class Odd(str):
    def __len__(self):
        return 100
    def __contains__(self, item):
        return item == 'zzz'
    def __getitem__(self, i):
        return 'item'
    def __iter__(self):
        return iter(['x', 'y'])

o = Odd('abc')
print(len(o), 'zzz' in o, 'a' in o, o[0], o[1:], list(o), ''.join(o), tuple(o))
print(o.upper(), o.find('b'), str.__len__(o), str.__getitem__(o, 1), o.split('b'))
for ch in o:
    print(ch)
a, b = o
print(a, b, sorted(o), '%s' % o, o + '!', o == 'abc')
