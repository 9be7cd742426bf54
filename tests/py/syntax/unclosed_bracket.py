# '[' was never closed.
print("never printed")
items = [1, 2,
print(items)
