# Dict displays: duplicate keys, mixed key types, nested values.
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple", None: "none", 2.5: "float", -1: "neg"})
print({"outer": {"inner": [1, 2, {"deep": ()}]}})
print(dict(a=1, b=2), dict([("x", 1)]), dict({"k": 0}, m=1))
