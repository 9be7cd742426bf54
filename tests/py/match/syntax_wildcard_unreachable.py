# A wildcard that is not last makes later cases unreachable.
print("never printed")
match 1:
    case _:
        pass
    case 2:
        pass
