# __debug__ cannot be a keyword attribute of a class pattern.
print("never printed")
match 1:
    case C(__debug__=1):
        pass
