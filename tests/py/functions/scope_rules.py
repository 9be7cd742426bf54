# LEGB: local, enclosing, global, builtin.
x = "global"
def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f())
def h():
    return x
print(h())
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
def uses_builtin():
    return max([1, 5, 2])
print(uses_builtin())
def class_scope():
    y = 1
    class C:
        y = 2
        z = y
        def m(self):
            return y
    return C.z, C().m()
print(class_scope())
