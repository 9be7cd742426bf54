# non-default argument follows default argument.
print("never printed")
def f(a=1, b):
    pass
