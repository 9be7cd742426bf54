# starred assignment target must be in a list or tuple.
print("never printed")
*a = [1, 2]
