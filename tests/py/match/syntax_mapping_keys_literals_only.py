# Mapping keys must be literals or dotted names.
print("never printed")
match 1:
    case {"a": 1, f"b": 2}:
        pass
