# A capture pattern that is not last makes later cases unreachable.
print("never printed")
match 1:
    case x:
        pass
    case 2:
        pass
