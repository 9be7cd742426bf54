# cannot assign to function call.
print("never printed")
f() = 1
