# raise with a class, an instance, and arguments.
for how in range(4):
    try:
        if how == 0:
            raise ValueError
        elif how == 1:
            raise ValueError("with message")
        elif how == 2:
            raise ValueError("two", "args")
        else:
            raise ValueError()
    except ValueError as e:
        print(repr(e), str(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise int
except TypeError as e:
    print("TypeError", e)
