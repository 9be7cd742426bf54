# super() inside a comprehension in a method: its first local is the iterator, not self.
class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B'
    def many(self):
        sup = super()
        return [sup.f() for _ in range(2)]
    def inside(self):
        try:
            return [super().f() for _ in range(2)]
        except (TypeError, RuntimeError) as e:
            return type(e).__name__ + ': ' + str(e)
    def explicit(self):
        return [super(B, self).f() for _ in range(2)]
b = B()
print(b.many())
print(b.inside())
print(b.explicit())
