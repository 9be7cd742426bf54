def tag(name):
    print("evaluating", name)
    return name
def f(a: tag("a"), b: tag("b")) -> tag("ret"):
    pass
x: tag("x") = 1
print(f.__annotations__)
try:
    y: undefined_thing = 2
except NameError as e:
    print(e)
