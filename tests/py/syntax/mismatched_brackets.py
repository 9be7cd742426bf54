# closing parenthesis ']' does not match opening parenthesis '('.
print("never printed")
x = (1, 2]
