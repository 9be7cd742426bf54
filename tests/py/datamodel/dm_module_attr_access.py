# getattr/setattr/hasattr/delattr/vars on the sys module.
import sys
print(getattr(sys, 'maxsize') == sys.maxsize, hasattr(sys, 'argv'), hasattr(sys, 'nope'))
try:
    sys.nope
except AttributeError as e:
    print(type(e).__name__, e)
setattr(sys, 'custom_value', 42)
print(sys.custom_value, vars(sys)['custom_value'], sys.__dict__ is vars(sys))
sys.other = 'x'
print('other' in dir(sys))
delattr(sys, 'custom_value')
del sys.other
print(hasattr(sys, 'custom_value'), 'other' in vars(sys))
try:
    del sys.custom_value
except AttributeError as e:
    print(type(e).__name__, e)
print(sys.__name__, type(sys).__name__, getattr(sys, 'nope', 'default'))
