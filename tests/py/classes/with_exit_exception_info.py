# __exit__ receives the exception type, value and a traceback.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(exc_type is None, exc is None, tb is None)
        if exc is not None:
            print(type(exc).__name__, exc.args, isinstance(exc, exc_type))
        return True
with Inspect():
    pass
with Inspect():
    raise OSError(2, "nope")
print("done")
