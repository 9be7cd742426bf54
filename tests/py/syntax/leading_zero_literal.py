# leading zeros in decimal integer literals are not permitted.
print("never printed")
x = 012
