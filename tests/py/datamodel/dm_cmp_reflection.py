# Comparisons reflect: a < b falls back to b > a, a <= b to b >= a, a == b to b == a.
class Left:
    def __lt__(self, o):
        print('Left.__lt__'); return NotImplemented
    def __eq__(self, o):
        print('Left.__eq__'); return NotImplemented
    def __ge__(self, o):
        print('Left.__ge__'); return NotImplemented
class Right:
    def __gt__(self, o):
        print('Right.__gt__'); return 'gt result'
    def __eq__(self, o):
        print('Right.__eq__'); return 'eq result'
    def __le__(self, o):
        print('Right.__le__'); return 'le result'
print(Left() < Right())
print(Left() == Right())
print(Left() >= Right())
print(5 < Right(), 5 == Right())
