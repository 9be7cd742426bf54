# positional argument follows keyword argument.
print("never printed")
print(end="", "x")
