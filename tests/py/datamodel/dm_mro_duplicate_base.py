# Listing the same base twice is a TypeError with the class named.
class A: pass
try:
    class B(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('C', (A, object, A), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(object, object): pass
except TypeError as e:
    print(type(e).__name__, e)
