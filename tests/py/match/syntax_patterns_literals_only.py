# An f-string is not a literal pattern.
print("never printed")
match 1:
    case f"x":
        pass
