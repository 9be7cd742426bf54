# None: the singleton of NoneType.
print(None, repr(None), str(None), bool(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False)
def f():
    pass
print(f() is None, [None] * 2, {None: None})
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
print(type(None)() is None)
