# An uncaught error from a class pattern ends the program with CPython's message.
class Point:
    __match_args__ = ("x",)
    x = 0

print("before")
match Point():
    case Point(a, b):
        print("never")
