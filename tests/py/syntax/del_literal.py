# cannot delete literal.
print("never printed")
del 5
