# An uncaught NameError's last traceback line suggests a close name (CPython 3.11).
def total(values):
    result = 0
    for v in values:
        result += v
    return reslt

print("before")
total([1, 2])
