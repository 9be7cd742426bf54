# A match statement needs an indented block of cases.
print("never printed")
match 1:
case 1:
    pass
