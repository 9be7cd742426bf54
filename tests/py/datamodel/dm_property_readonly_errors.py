# Read-only and write-only property errors in CPython 3.11 wording.
class A:
    @property
    def ro(self):
        return 'read only'
    wo = property(None, lambda self, v: print('wrote', v))
    anon = property()
a = A()
def run(label, fn):
    try:
        fn()
    except AttributeError as e:
        print(label, type(e).__name__, e)
print(a.ro)
def set_ro(): a.ro = 1
def del_ro(): del a.ro
def get_wo(): return a.wo
def set_anon(): a.anon = 1
def get_anon(): return a.anon
run('set ro', set_ro)
run('del ro', del_ro)
a.wo = 3
run('get wo', get_wo)
run('set anon', set_anon)
run('get anon', get_anon)
