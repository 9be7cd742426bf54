# Every dict method.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99))
print(d, d.pop("b"), d.pop("missing", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["new"] = 1
print(d, e, d == e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d.clear()
print(d, len(d))
for call in (lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d["missing"]):
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
