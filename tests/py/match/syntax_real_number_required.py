# The left part of a complex literal must be real.
print("never printed")
match 1:
    case 1j + 2j:
        pass
