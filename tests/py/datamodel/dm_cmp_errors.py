# Ordering comparisons with no usable method raise TypeError naming the operator and types.
class A: pass
class B:
    def __lt__(self, o): return NotImplemented
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt('<', lambda: A() < A())
attempt('<=', lambda: A() <= 1)
attempt('>', lambda: 'x' > A())
attempt('>=', lambda: B() >= B())
attempt('< NotImplemented', lambda: B() < B())
attempt('==', lambda: A() == A())
attempt('!=', lambda: A() != 1)
attempt('sorted', lambda: sorted([A(), A()]))
