# A syntax error: nothing runs, not even the print before it.
print("never printed")
x = 1 +* 2
