def f():
    a = [1, 2]
    return *a, 3
print(f())
def g():
    yield *"ab", "c"
print(list(g()))
for x in *[1, 2], 3:
    print(x)
print([x for x in (*"ab", "c")])
x = [1]
x[0:0] = *"pq",
print(x)
