# cannot assign to literal.
print("never printed")
5 = x
