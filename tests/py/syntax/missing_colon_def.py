# expected ':' after a def.
print("never printed")
def f()
    return 1
