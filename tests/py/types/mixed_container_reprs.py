# Reprs of nested and recursive containers.
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print([[], [[]], ({},), ("s", b"b", 1.0, None)])
print({(1, 2): {3: [4, {5: 6}]}})
