# AttributeError messages for instances, classes, modules and builtins.
class Thing:
    pass
cases = [lambda: None.x, lambda: (5).foo, lambda: "s".nope, lambda: [].push, lambda: Thing().attr,
         lambda: Thing.missing, lambda: {}.x, lambda: (1.5).y]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print("AttributeError", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".upper = None
except AttributeError as e:
    print("AttributeError", e)
