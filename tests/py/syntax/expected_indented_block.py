# IndentationError: expected an indented block after 'if' statement.
print("never printed")
if True:
print("x")
