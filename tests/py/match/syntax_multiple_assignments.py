# A name may be captured once per pattern.
print("never printed")
match 1:
    case {"a": x, "b": [y, x]}:
        pass
