# With two operands of the same type, the reflected method is never tried.
class A:
    def __add__(self, other):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, other):
        print('A.__radd__ (should not run)')
        return 'radd'
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __radd__(self, other):
        print('B.__radd__ (should not run)')
        return 'radd'
try:
    B() + B()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + B())
