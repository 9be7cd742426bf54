# Insertion order, re-insertion, views and their set operations.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 4
print(d, list(d))
del d["a"]
d["a"] = 5
print(d)
k = d.keys()
print(sorted(k & {"a", "q"}), sorted(k | {"q"}), sorted(k - {"z"}), sorted(k ^ {"z", "y"}))
print(d.items() == {"z": 4, "m": 3, "a": 5}.items(), len(d.values()))
print(list(reversed(d)), list(reversed(d.items())))
print({1: 1, 2: 2}.keys() == {2, 1}, "z" in d, 4 in d.values())
