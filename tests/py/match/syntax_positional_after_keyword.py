# Positional sub-patterns come before keyword ones.
print("never printed")
match 1:
    case C(a=1, b):
        pass
