# Augmented assignment evaluates the target's container once.
calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 10
print(d, calls)
class C:
    pass
c = C()
c.n = 1
c.n += 1
c.n *= 5
print(c.n)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
