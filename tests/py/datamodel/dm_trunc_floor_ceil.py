# __trunc__, __floor__ and __ceil__ on user classes and builtins, via local helpers (no math).
def trunc(x): return type(x).__trunc__(x)
def floor(x): return type(x).__floor__(x)
def ceil(x): return type(x).__ceil__(x)
class Money:
    def __init__(self, cents): self.cents = cents
    def __trunc__(self): return int(self.cents / 100)
    def __floor__(self): return self.cents // 100
    def __ceil__(self): return -(-self.cents // 100)
for m in (Money(250), Money(-250), Money(300)):
    print(m.cents, trunc(m), floor(m), ceil(m))
print(trunc(7), floor(7), ceil(7), (7).__trunc__())
print(floor(-2.5), ceil(-2.5), trunc(-2.5), floor(2.0), ceil(2.1))
print(type(floor(2.5)).__name__, True.__floor__(), (3).__ceil__())
try:
    floor(Money)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
