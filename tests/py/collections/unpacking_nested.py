# Nested unpacking of tuples, lists and strings.
(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
[x, y], z = "ab", "c"
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
((p,),) = [[7]]
print(p)
head, *tail = [[1, 2], [3, 4], [5]]
print(head, tail)
