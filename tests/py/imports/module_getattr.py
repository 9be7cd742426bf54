# PEP 562: module __getattr__ and __dir__
import support.lazy as lazy
print(lazy.EAGER, lazy.LAZY)
from support.lazy import LAZY
print(LAZY)
print(dir(lazy))
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    from support.lazy import missing
except ImportError as e:
    print("ImportError", str(e).split(" (/")[0])
print(getattr(lazy, "other", "default"))
