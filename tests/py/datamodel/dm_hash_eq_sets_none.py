# Defining __eq__ without __hash__ sets __hash__ to None: instances become unhashable.
class A:
    def __eq__(self, o): return True
print(A.__hash__, '__hash__' in A.__dict__)
try:
    hash(A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([A()])
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(B()), len({B(), B()}))
class C:
    __hash__ = None
try:
    hash(C())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(A(), object), hasattr(A(), '__hash__'))
