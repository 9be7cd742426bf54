# Uncaught OverflowError from float exponentiation.
print(2.0 ** 1000)
print(2.0 ** 10000)
