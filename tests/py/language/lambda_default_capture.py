fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
x = 10
h = lambda y=x: y
x = 20
print(h(), h(5))
k = lambda *a, b=x, **kw: (a, b, kw)
print(k(1, 2, c=3))
print(k.__defaults__, k.__kwdefaults__)
