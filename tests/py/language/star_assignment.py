a, *b = range(5)
*c, d = "xyz"
e, *f, g = [1, 2]
(h, *i), j = (1, 2, 3), 4
[k, *l] = (9,)
print(a, b, c, d, e, f, g, h, i, j, k, l)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
