# from m import * honours __all__ and skips _private names without it
from support.pkg import *
print(value, sub.__name__)
try:
    hidden
except NameError as e:
    print("NameError", e)
from support.star import *
print(public, another)
try:
    _private
except NameError as e:
    print("NameError", e)
