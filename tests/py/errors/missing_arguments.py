# missing/too many/unexpected argument messages for functions and methods.
def f(x):
    return x
def g(a, b, c):
    pass
class K:
    def m(self, v):
        pass
def show(call):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
show(lambda: f())
show(lambda: f(1, 2))
show(lambda: f(1, y=2))
show(lambda: f(x=1, y=2))
show(lambda: g(1))
show(lambda: g())
show(lambda: g(1, 2, 3, 4))
show(lambda: K().m())
show(lambda: K().m(1, 2))
show(lambda: K.m(1))
show(lambda: K(1))
