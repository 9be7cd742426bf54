g = 1
def f():
    global g
    del g
f()
print("g" in globals())
def outer():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        print(v)
    except NameError as e:
        print(e)
outer()
