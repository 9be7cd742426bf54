# The __main__ module object from sys.modules reflects and updates module globals.
import sys
me = sys.modules[__name__]
value = 1
print(__name__, me.value, getattr(me, 'value'))
me.value = 2
print(value)
setattr(me, 'created', 'yes')
print(created)
del me.created
try:
    created
except NameError as e:
    print(type(e).__name__, e)
print(vars(me) is globals(), type(me).__name__)
try:
    me.absent
except AttributeError as e:
    print(type(e).__name__, e)
