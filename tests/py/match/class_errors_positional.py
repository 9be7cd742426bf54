# Too many positional sub-patterns for __match_args__ (or for a self-matching built-in).
class NoArgs:
    pass

class One:
    __match_args__ = ("a",)
    a = 1

cases = []
def attempt(label, fn):
    try:
        fn()
        print(label, "matched or not, no error")
    except TypeError as e:
        print(label, "TypeError:", e)

def no_args():
    match NoArgs():
        case NoArgs(x):
            pass

def one():
    match One():
        case One(x, y):
            pass

def builtin():
    match 5:
        case int(x, y):
            pass

def obj():
    match 5:
        case object(x):
            pass

def not_instance():
    match "not a NoArgs":
        case NoArgs(x):
            pass

for label, fn in [("NoArgs", no_args), ("One", one), ("int", builtin), ("object", obj),
                  ("not an instance", not_instance)]:
    attempt(label, fn)
