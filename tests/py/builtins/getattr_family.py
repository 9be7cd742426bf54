# getattr, setattr, hasattr and delattr on objects and classes.
class C:
    shared = "class"
c = C()
setattr(c, "x", 10)
print(getattr(c, "x"), getattr(c, "shared"), getattr(c, "nope", None), hasattr(c, "x"))
delattr(c, "x")
print(hasattr(c, "x"), getattr(C, "shared"))
setattr(C, "added", [1])
print(c.added, hasattr(C, "added"))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "real"))
for bad in (lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: setattr(5, "x", 1),
            lambda: getattr(c, 5)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
