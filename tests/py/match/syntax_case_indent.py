# A case needs an indented block.
print("never printed")
match 1:
    case 1:
    pass
