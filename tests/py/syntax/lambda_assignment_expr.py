# cannot use assignment expressions with subscript.
print("never printed")
d = {}
if (d["k"] := 1):
    pass
