# Exceptions in except and finally blocks replace the current one.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        raise KeyError("from handler")
try:
    f()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
def g():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("from finally")
try:
    g()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
