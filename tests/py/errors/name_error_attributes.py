# NameError.name and AttributeError.name/obj, and str() without suggestions.
try:
    undefined_thing
except NameError as e:
    print(repr(e.name), str(e))
class C:
    spam = 1
c = C()
try:
    c.spma
except AttributeError as e:
    print(e.name, e.obj is c, str(e))
