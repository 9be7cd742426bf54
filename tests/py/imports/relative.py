# relative imports at every level, from packages and modules
import support.pkg.rel
print(support.pkg.rel.__package__)
try:
    import support.beyond
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
g = {"__name__": "support.pkg.fake", "__package__": None}
m = __import__("sub", g, None, ["helper"], 1)
print(m.__name__)
g = {"__name__": "support.pkg", "__path__": []}
m = __import__("sub", g, None, ["helper"], 1)
print(m.__name__)
try:
    __import__("x", {"__package__": 5}, None, [], 1)
except TypeError as e:
    print("TypeError", e)
