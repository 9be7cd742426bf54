# The right part of a complex literal must be imaginary.
print("never printed")
match 1:
    case 1 + 2:
        pass
