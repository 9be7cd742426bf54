# f-string: empty expression not allowed.
print("never printed")
x = f"{}"
