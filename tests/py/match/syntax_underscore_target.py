# `as _` is not allowed.
print("never printed")
match 1:
    case 1 as _:
        pass
