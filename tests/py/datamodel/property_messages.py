# Errors of properties missing a getter, setter or deleter name the property when the
# class statement named it (CPython 3.11 wording).
class A:
    @property
    def v(self):
        return 1
    w = property(None)
def attempt(f):
    try:
        f()
    except AttributeError as e:
        print(e)
a = A()
def set_v(): a.v = 2
def del_v(): del a.v
def get_w(): return a.w
attempt(set_v)
attempt(del_v)
attempt(get_w)
A.z = property(lambda s: 1)
def set_z(): a.z = 1
attempt(set_z)
p = A.__dict__['v']
q = p.setter(lambda s, x: print('set', x))
A.v = q
a.v = 5
def del_v2(): del a.v
attempt(del_v2)
