# The constant literals.
print(True, False, None, ...)
print(type(True).__name__, type(None).__name__, type(...).__name__)
print(repr(...), Ellipsis is ...)
print(True + True, False * 10, -True)
print(None is None, (None == None))
