# __match_args__ is read only when there are positional sub-patterns; subclasses
# inherit it unless they define their own.
class Parent:
    __match_args__ = ("a",)
    a = "parent a"
    b = "parent b"

class Child(Parent):
    pass

class Override(Parent):
    __match_args__ = ("b",)

class Broken:
    __match_args__ = None
    b = "b"

for obj in [Child(), Override()]:
    match obj:
        case Parent(x):
            print(type(obj).__name__, x)
match Broken():
    case Broken(b=x):
        print("keywords only:", x)
try:
    match Broken():
        case Broken(x):
            pass
except TypeError as e:
    print("TypeError:", e)
