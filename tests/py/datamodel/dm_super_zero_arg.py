# Zero-argument super() in __init__ and ordinary methods along a single-inheritance chain.
class A:
    def __init__(self, x):
        self.log = ['A']
        self.x = x
    def describe(self):
        return 'A(%s)' % self.x
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
        self.log.append('B')
    def describe(self):
        return 'B<' + super().describe() + '>'
class C(B):
    def __init__(self):
        super().__init__(5)
        self.log.append('C')
    def describe(self):
        return 'C<' + super().describe() + '>'
c = C()
print(c.log, c.x, c.describe())
print(type(super(C, c)).__name__)
