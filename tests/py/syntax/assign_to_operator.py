# cannot assign to expression.
print("never printed")
a + b = 3
