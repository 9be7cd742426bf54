# else without a matching if.
print("never printed")
else:
    pass
