# Mapping patterns look keys up with get(): a dict subclass's __missing__ never runs,
# its get() override does, and **rest copies through keys() and __getitem__.
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0

class Logging(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)

match Defaulting(a=1):
    case {"a": a, "b": b}:
        print("never", a, b)
    case {"a": a, **rest}:
        print("a =", a, rest)

match Logging(x=1, y=2):
    case {"x": x, "y": y}:
        print(x, y)
