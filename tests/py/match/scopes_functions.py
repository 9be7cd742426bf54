# Captures are ordinary bindings: locals, cells for closures, global and nonlocal names.
counter = 0

def f(v):
    global counter
    match v:
        case [counter, inner]:
            def show():
                return inner
            return show
    return None

show = f([10, "closure"])
print(counter, show())

def outer():
    found = None
    def inner(v):
        nonlocal found
        match v:
            case {"found": found}:
                pass
    inner({"found": 42})
    return found

print(outer())

def shadow(x):
    match x:
        case [x]:
            return x
    return "no"

print(shadow([7]), shadow(7))
