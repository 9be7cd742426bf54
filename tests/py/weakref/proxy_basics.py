# _weakref.proxy: attribute access, operations and calls forwarded; ReferenceError after death.
import _weakref
class C:
    def __init__(self):
        self.x = 5
        self.items = [1, 2, 3]
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
    def __str__(self):
        return 'C-str'
def use():
    c = C()
    p = _weakref.proxy(c)
    print(p.x, len(p), p[4], str(p), 2 in p.items, bool(p))
    print(type(p).__name__, _weakref.getweakrefcount(c))
    return p
p = use()
try:
    p.x
except ReferenceError as e:
    print(type(e).__name__, e)
def f(a, b=1):
    return a + b
def callable_proxy():
    cp = _weakref.proxy(f)
    print(type(cp).__name__, cp(1, b=2))
callable_proxy()
try:
    hash(_weakref.proxy(f))
except TypeError as e:
    print(type(e).__name__)
try:
    _weakref.ref(f, callback=None)
except TypeError as e:
    print(type(e).__name__, e)
