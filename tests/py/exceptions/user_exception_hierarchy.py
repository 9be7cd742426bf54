# User-defined exception classes with extra state.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key
class Invalid(AppError):
    pass
def lookup(key):
    if key == "bad":
        raise Invalid("bad key", 400)
    raise NotFound(key)
for k in ("x", "bad"):
    try:
        lookup(k)
    except NotFound as e:
        print("NotFound:", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args, isinstance(e, Exception))
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__)
