# Keyword-only defaults and their evaluation.
calls = []
def make(v):
    calls.append(v)
    return v
def f(a=make(1), *, b=make(2)):
    return a, b
print(calls, f(), f(b=3), f.__kwdefaults__)
