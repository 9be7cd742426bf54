# TypeErrors from calling with wrong arguments.
def f(a, b=1, *, c):
    pass
calls = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, d=2),
         lambda: f(1, a=2, c=3), lambda: (lambda: 0)(1), lambda: (lambda x, y: 0)(),
         lambda: (lambda x, y: 0)(1), lambda: (lambda *, k: 0)()]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
