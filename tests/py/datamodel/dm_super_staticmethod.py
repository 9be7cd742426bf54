# Zero-argument super() in a staticmethod has no first argument: RuntimeError.
class A:
    def f(self):
        return 'A.f'
class B(A):
    @staticmethod
    def s():
        return super().f()
    @staticmethod
    def t(obj):
        return super().f()
try:
    B.s()
except RuntimeError as e:
    print(type(e).__name__, e)
print(B.t(B()))
try:
    B.t(5)
except TypeError as e:
    print(type(e).__name__, e)
