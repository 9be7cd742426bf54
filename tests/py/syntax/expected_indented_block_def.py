# IndentationError: expected an indented block after function definition.
print("never printed")
def f():

x = 1
