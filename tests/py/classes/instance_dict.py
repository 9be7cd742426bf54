# Instance attributes live in __dict__; getattr/setattr/hasattr/delattr.
class Obj:
    pass
o = Obj()
o.a = 1
setattr(o, "b", 2)
print(o.__dict__, getattr(o, "a"), getattr(o, "zzz", "default"))
print(hasattr(o, "b"), hasattr(o, "c"))
delattr(o, "a")
print(o.__dict__)
o.__dict__["c"] = 3
print(o.c)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
