# duplicate argument 'a' in function definition.
print("never printed")
def f(a, a):
    pass
