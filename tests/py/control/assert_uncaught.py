# A failed assert ends the program with an AssertionError traceback.
print("before")
value = 3
assert value % 2 == 0, f"{value} is odd"
print("not reached")
