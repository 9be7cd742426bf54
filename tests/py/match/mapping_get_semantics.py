# Keys are looked up with get(): a mappingproxy works, values that are None are still
# found, and a missing key stops the lookups.
class Config:
    host = "localhost"
    port = None

def f(v):
    match v:
        case {"host": h, "port": None}:
            return ("no port", h)
        case {"host": h, "missing": m}:
            return ("has missing?", h, m)
        case {"host": h, **rest}:
            return ("host", h, type(rest).__name__, "port" in rest)

proxy = Config.__dict__
print(type(proxy).__name__, f(proxy))
print(f({"host": "x", "port": None}))
print(f({"host": "x", "port": 1}))
print(f({"host": "x", "missing": None}))
