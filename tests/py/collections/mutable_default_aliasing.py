# Shallow copies share inner objects.
a = [[1], [2]]
b = a[:]
c = list(a)
d = a.copy()
a[0].append(9)
a.append([3])
print(a, b, c, d)
m = {"k": [1]}
n = dict(m)
m["k"].append(2)
m["j"] = 0
print(m, n)
