# except with a tuple of types.
for exc in (TypeError("t"), ValueError("v"), KeyError("k"), IndexError("i")):
    try:
        try:
            raise exc
        except (TypeError, ValueError) as e:
            print("caught first group:", type(e).__name__)
        except (KeyError,) as e:
            print("caught KeyError:", e)
    except Exception as e:
        print("escaped:", type(e).__name__, e)
errors = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except errors as e:
    print("via tuple variable:", e)
