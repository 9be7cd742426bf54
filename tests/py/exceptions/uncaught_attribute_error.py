# Uncaught AttributeError on None.
value = None
print("value is", value)
value.upper()
print("not reached")
