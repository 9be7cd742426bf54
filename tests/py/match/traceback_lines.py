# Errors raised while matching point at the line of the sub-pattern being matched.
class Bad:
    __match_args__ = ["x"]

class Eq:
    def __eq__(self, other):
        raise ArithmeticError("eq")

def line_of(fn):
    try:
        fn()
    except Exception as e:
        # The entry after this frame's is the frame of `fn`, the one with the match.
        return type(e).__name__, e.__traceback__.tb_next.tb_lineno

def class_error():
    match [1, Bad()]:
        case [1,
              Bad(y)]:
            pass

def value_error():
    match {"k": Eq()}:
        case {"k":
                 1}:
            pass

def guard_error():
    match 1:
        case x if (
                1 / 0):
            pass

print(line_of(class_error))
print(line_of(value_error))
print(line_of(guard_error))
