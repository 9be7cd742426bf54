# super() reaches the built-in base's methods and dunders.
class Counting(dict):
    def __init__(self):
        super().__init__()
        self.sets = 0
    def __setitem__(self, k, v):
        self.sets += 1
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
    def __len__(self):
        return super().__len__() + 100
    def __repr__(self):
        return 'Counting' + super().__repr__()

c = Counting()
c['a'] = 1
c['b'] = 2
print(c['a'], c.sets, len(c), repr(c), c, super(Counting, c).__len__())
class S(str):
    def upper(self):
        return '<' + super().upper() + '>'
    def __add__(self, other):
        return S(super().__add__(other))
print(S('ab').upper(), S('a') + 'b', type(S('a') + 'b').__name__, S('q').__len__())
