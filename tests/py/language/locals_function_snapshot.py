def f(a, b=2):
    c = a + b
    l = locals()
    print(sorted(l.items()))
    d = 4
    print("d" in l, "d" in locals())
    l["c"] = 100
    print(c)
f(1)
