# bool() and callable().
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(None))
print(bool(1), bool(-1), bool("0"), bool([0]), bool(0.1), bool(1j))
class C:
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(lambda: 0))
print(callable(1), callable("s"), callable(None), callable(print), callable(int))
