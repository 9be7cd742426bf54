# Dict views reflect later changes.
d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
items = d.items()
d["c"] = 3
print(list(keys), list(values), list(items))
del d["a"]
print(list(keys), len(items), "b" in keys, 2 in values, ("b", 2) in items)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)
