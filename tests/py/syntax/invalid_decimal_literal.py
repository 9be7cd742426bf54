# invalid decimal literal.
print("never printed")
x = 1abc
