# Uncaught NameError ends the program after earlier output.
print("one")
print(undefined_variable)
print("two")
