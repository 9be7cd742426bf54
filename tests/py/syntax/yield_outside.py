# 'yield' outside function.
print("never printed")
yield 1
