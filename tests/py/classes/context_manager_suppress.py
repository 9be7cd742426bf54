# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "entered value"
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False
with Suppress(ZeroDivisionError) as value:
    print(value)
    1 / 0
    print("not reached")
print("after with")
try:
    with Suppress(ZeroDivisionError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
def f():
    with Suppress(ValueError):
        return "returned from with"
print(f())
