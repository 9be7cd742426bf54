# multiple starred expressions in assignment.
print("never printed")
*a, *b = [1, 2]
