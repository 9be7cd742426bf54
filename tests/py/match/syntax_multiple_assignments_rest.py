# The **rest name counts as a capture too.
print("never printed")
match 1:
    case {"a": rest, **rest}:
        pass
