def f():
    x = 1
    r = [sorted(locals()) for y in range(1)]
    return r
print(f())
print([locals().get("i") for i in range(2)])
