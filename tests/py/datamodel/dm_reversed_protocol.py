# reversed() uses __reversed__, else __len__ with __getitem__; otherwise TypeError.
class Custom:
    def __reversed__(self):
        print('__reversed__')
        return iter('cba')
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print('__getitem__', i)
        return i * 10
print(list(reversed(Custom())))
r = reversed(Seq())
print(type(r).__name__, list(r))
class GetitemOnly:
    def __getitem__(self, i): return i
class Disabled:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
for obj in (GetitemOnly(), Disabled(), 5):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)
