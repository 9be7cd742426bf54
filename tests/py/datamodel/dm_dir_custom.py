# dir() calls __dir__, converts its result to a sorted list.
class A:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid', 'alpha']
print(dir(A()))
class B:
    def __dir__(self):
        return ('b', 'a')
print(dir(B()))
class C:
    def __dir__(self):
        return 5
try:
    dir(C())
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __dir__(self):
        return {'k2': 1, 'k1': 2}
print(dir(D()))
