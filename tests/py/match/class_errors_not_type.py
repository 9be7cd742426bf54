# The called name of a class pattern must be a type (checked when the case is tried).
def func():
    pass

class Holder:
    inst = object()
    func = staticmethod(func)

for subject in [1, "x"]:
    try:
        match subject:
            case str():
                print("str first")
            case Holder.func():
                print("never")
    except TypeError as e:
        print(repr(subject), "TypeError:", e)

try:
    match 1:
        case Holder.inst(x):
            pass
except TypeError as e:
    print("TypeError:", e)
