# An uncaught MemoryError ends the program with status 1.
print("allocating")
huge = [None] * 10 ** 12
