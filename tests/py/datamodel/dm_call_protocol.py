# Instances with __call__ are callable with any argument shape; callable() checks the type.
class Adder:
    def __init__(self, base): self.base = base
    def __call__(self, *args, **kw):
        return self.base + sum(args) + sum(kw.values())
add = Adder(10)
print(add(), add(1, 2), add(x=5), add(1, *[2, 3], **{'y': 4}))
print(callable(add), callable(Adder), callable(5), callable(len))
class Plain: pass
p = Plain()
p.__call__ = lambda: 'instance attr'
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
Plain.__call__ = lambda self: 'class attr added later'
print(p(), callable(p))
class Nested:
    __call__ = Adder(100)
print(Nested()(1))
