# An uncaught exception prints a traceback and exits with status 1.
def divide(a, b):
    return a / b
print("start")
print(divide(1, 0))
