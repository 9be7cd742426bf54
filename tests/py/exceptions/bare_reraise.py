# A bare raise re-raises the exception being handled.
def inner():
    try:
        raise KeyError("original")
    except KeyError:
        print("logging and re-raising")
        raise
try:
    inner()
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
