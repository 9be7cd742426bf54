# object.__new__ with a non-type or a builtin type that needs its own __new__.
def attempt(fn):
    try:
        r = fn()
        print('ok', type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: object.__new__(1))
attempt(lambda: object.__new__(int))
attempt(lambda: object.__new__(list))
attempt(lambda: object.__new__())
attempt(lambda: object.__new__(object))
class A: pass
attempt(lambda: object.__new__(A))
attempt(lambda: int.__new__(A))
attempt(lambda: A.__new__(A))
