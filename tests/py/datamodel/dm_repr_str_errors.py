# __repr__ and __str__ must return str; exceptions inside them propagate.
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return b'bytes'
class Raising:
    def __repr__(self): raise ValueError('repr failed')
def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
attempt('repr', lambda: repr(BadRepr()))
attempt('str via repr', lambda: str(BadRepr()))
attempt('str', lambda: str(BadStr()))
attempt('list repr', lambda: repr([BadRepr()]))
attempt('raising', lambda: repr(Raising()))
attempt('fstring', lambda: f'{BadStr()}')
attempt('print', lambda: print(BadStr()))
