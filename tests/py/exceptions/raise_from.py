# raise ... from sets __cause__ and __suppress_context__.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
