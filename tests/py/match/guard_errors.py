# An exception in a guard propagates out of the match statement.
def check(v):
    match v:
        case [x] if 1 / x:
            return "nonzero"
        case [x]:
            return "zero"

print(check([2]))
try:
    check([0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth value")

try:
    match 1:
        case 1 if BadBool():
            pass
except RuntimeError as e:
    print("RuntimeError:", e)
