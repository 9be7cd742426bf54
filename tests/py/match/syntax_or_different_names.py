# All alternatives of an OR pattern must bind the same names.
print("never printed")
match 1:
    case [a, b] | [a]:
        pass
