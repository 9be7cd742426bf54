# IndentationError: unindent does not match any outer indentation level.
print("never printed")
if True:
        x = 1
    y = 2
