# The target of `as` must be a name.
print("never printed")
match 1:
    case 1 as 2:
        pass
