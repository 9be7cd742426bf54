# Nested try blocks and exceptions escaping inner handlers.
def process(x):
    try:
        try:
            if x == 0:
                raise ValueError("inner value")
            if x == 1:
                raise TypeError("inner type")
            return "ok"
        except ValueError as e:
            return "inner handled " + str(e)
        finally:
            print("inner finally", x)
    except TypeError as e:
        return "outer handled " + str(e)
    finally:
        print("outer finally", x)
for x in range(3):
    print(process(x))
