l = list(range(10))
del l[::2]
print(l)
del l[-2:]
print(l)
del l[:]
print(l)
d = {(1, 2): "t", 3: "x"}
del d[1, 2]
print(d)
class M:
    def __delitem__(self, k):
        print("delitem", k)
m = M()
del m[1:2, ...]
del m["a"], m[0]
