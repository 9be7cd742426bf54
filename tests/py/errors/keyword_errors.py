# Errors for keywords on builtins and duplicated keywords.
def f(a, b):
    pass
def show(call):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
show(lambda: f(1, 2, b=3))
show(lambda: f(**{"a": 1, "b": 2, "c": 3}))
show(lambda: f(**{1: 2}))
show(lambda: len(obj=[]))
show(lambda: f(*5))
show(lambda: f(**[1]))
