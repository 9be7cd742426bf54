def outer():
    x = 1
    def inner():
        return x
    return inner

def plain():
    return 0

inner = outer()
try:
    plain.__code__ = inner.__code__
except ValueError as e:
    print(e)
def other():
    return "other"
plain.__code__ = other.__code__
print(plain(), plain.__name__)
