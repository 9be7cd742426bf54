# A nested class body cannot see the enclosing class's names; methods see globals.
x = 'global'
class Outer:
    x = 'outer'
    class Inner:
        y = x
        def get(self):
            return x
    z = Inner.y
print(Outer.Inner.y, Outer.Inner().get(), Outer.z)
class P:
    a = 1
    try:
        class Q:
            b = a
    except NameError as e:
        print(type(e).__name__, e)
def func():
    v = 'enclosing'
    class K:
        w = v
        def m(self):
            return v
    return K
print(func().w, func()().m())
