# An exception raised while handling another gets __context__.
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("a")
    finally:
        print("finally sees the exception in flight")
except TypeError as e:
    print("caught", e, e.__context__)
