# Keyword-only parameters after * and after *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=0, b=2))
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))
for call in (lambda: f(1, 2), lambda: f(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
