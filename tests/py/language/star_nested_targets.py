[a, (b, *c), *d] = [1, (2, 3, 4), 5, 6]
print(a, b, c, d)
for (i, *j), k in [((1, 2, 3), 4)]:
    print(i, j, k)
x = {}
x["a"], *x["b"] = "pqr"
print(x)
class O: pass
o = O()
o.first, *o.rest = range(3)
print(o.first, o.rest)
