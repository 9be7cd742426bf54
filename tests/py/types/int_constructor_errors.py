# int() parsing errors with CPython's messages.
cases = [("x",), ("",), ("1.5",), ("12", 2), ("0x", 16), ("1__0",), ("_1",), ("1 2",),
         ("10", 1), ("10", 37), ("09", 0), (" ",), ("0b2", 0)]
for args in cases:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError", e)
for bad in (float("inf"), float("nan"), None, [1], 1j):
    try:
        int(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
