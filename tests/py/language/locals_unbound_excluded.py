def f():
    print(locals())
    x = 1
    print(locals())
    del x
    print(locals())
f()
