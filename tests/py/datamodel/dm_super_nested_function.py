# super() inside a nested function or lambda uses that function's own first argument.
class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        def inner():
            return super().f()
        try:
            inner()
        except RuntimeError as e:
            print(type(e).__name__, e)
        def inner2(me):
            return super().f()
        return 'B.f+' + inner2(self)
    def g(self):
        fn = lambda: super().f()
        try:
            return fn()
        except RuntimeError as e:
            return type(e).__name__ + ' ' + str(e)
    def h(self):
        fn = lambda s: super().f()
        return fn(self)
b = B()
print(b.f())
print(b.g())
print(b.h())
