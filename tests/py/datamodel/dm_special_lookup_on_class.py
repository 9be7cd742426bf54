# Special methods defined in a class apply to its instances, not to the class object itself.
class A:
    def __len__(self): return 3
    def __bool__(self): return False
    def __call__(self): return 'instance called'
    def __getitem__(self, k): return k
print(len(A()), bool(A()), A()(), A()[1])
try:
    len(A)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(A), type(A()).__name__)
try:
    A[0]
except TypeError as e:
    print(type(e).__name__, e)
