# object.__new__ and object.__init__ reject extra arguments unless the other is overridden.
def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except TypeError as e:
        print(label, type(e).__name__, e)
class Plain: pass
class InitOnly:
    def __init__(self, a): self.a = a
class NewOnly:
    def __new__(cls, a): return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, a): return super().__new__(cls, a)
class InitPassesArgs:
    def __init__(self, a): super().__init__(a)
attempt('Plain(1)', lambda: Plain(1))
attempt('Plain(k=1)', lambda: Plain(k=1))
attempt('InitOnly(1)', lambda: InitOnly(1))
attempt('NewOnly(1)', lambda: NewOnly(1))
attempt('NewPassesArgs(1)', lambda: NewPassesArgs(1))
attempt('InitPassesArgs(1)', lambda: InitPassesArgs(1))
attempt('object(1)', lambda: object(1))
attempt('object.__init__', lambda: object.__init__(Plain(), 1))
attempt('object.__new__(Plain, 1)', lambda: object.__new__(Plain, 1))
attempt('object.__new__(InitOnly, 1)', lambda: object.__new__(InitOnly, 1))
