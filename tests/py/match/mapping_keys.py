# Keys are literals (any hashable literal, equal keys look up the same entry) or
# dotted names; None/True/False keys look up like any other key.
class K:
    A = "a"
    ONE = 1

def f(v):
    match v:
        case {K.A: a, K.ONE: one}:
            return ("dotted", a, one)
        case {None: n, True: t}:
            return ("singletons", n, t)
        case {-1: m, 2.5: f, 1j: c}:
            return ("numbers", m, f, c)
        case {b"raw": r, "": e}:
            return ("bytes and empty", r, e)
        case _:
            return "no"

for v in [{"a": 1, 1: 2}, {"a": 1, True: 2}, {None: 0, 1: "one"}, {-1: 1, 2.5: 2, 1j: 3},
          {-1.0: 1, 2.5: 2, complex(0, 1): 3}, {b"raw": 1, "": 2}, {"raw": 1, "": 2}]:
    print(repr(v), f(v))
