# Assigning anywhere in a function makes a name local for the whole function.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    x = 5
    return x
print(f())
def g():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(g())
