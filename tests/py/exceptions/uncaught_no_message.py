# An exception without arguments prints just its name.
print("raising a bare class")
raise RuntimeError
