# `del` inside a case makes the name unbound for the rest of the loop.
def f(items):
    x = "start"
    out = []
    for item in items:
        try:
            out.append(x)
        except UnboundLocalError:
            out.append("unbound")
        match item:
            case "del":
                del x
            case value:
                x = value
    return out

print(f(["a", "del", "b", "del", "c"]))
