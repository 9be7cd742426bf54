# A capture pattern binds its name; the wildcard _ binds nothing.
match 42:
    case x:
        print("captured", x)

match "subject":
    case _:
        print("wildcard matched")

try:
    print(_)
except NameError as e:
    print("NameError:", e)

def f(v):
    match v:
        case [first, _, _]:
            return first
        case other:
            return ("other", other)

print(f([1, 2, 3]), f("abc"), f([1, 2]))
print(sorted(f.__code__.co_varnames))
