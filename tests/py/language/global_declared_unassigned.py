def f():
    global not_yet
    try:
        return not_yet
    except NameError as e:
        return str(e)
print(f())
not_yet = "now"
print(f())
def g():
    global fresh
    fresh = 1
    del fresh
    return "fresh" in globals()
print(g())
