# Function decorators, stacked and with arguments.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return " ".join([fn(*args)] * n)
        return wrapper
    return deco
@shout
def hello(name):
    return "hello " + name
@repeat(3)
def word(w):
    return w
@shout
@repeat(2)
def both(w):
    return w
print(hello("ember"))
print(word("ha"))
print(both("yo"))
print(hello.__name__)
