# KeyError shows the repr of the key in str() and in tracebacks.
d = {}
for key in ("word", 1, (1, 2), None, "", "quote'd", 2.5):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    {}.pop("p")
except KeyError as e:
    print("KeyError", e)
try:
    set().remove("r")
except KeyError as e:
    print("KeyError", e)
