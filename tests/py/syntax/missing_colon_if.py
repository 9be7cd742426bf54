# expected ':' after an if condition.
print("never printed")
if True
    print("x")
