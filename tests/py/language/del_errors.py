try:
    del undefined_name
except NameError as e:
    print(e)
def f():
    x = 1
    del x
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
f()
l = [1]
try:
    del l[5]
except IndexError as e:
    print(e)
d = {}
try:
    del d["k"]
except KeyError as e:
    print(repr(e))
class O: pass
try:
    del O().nope
except AttributeError as e:
    print(e)
try:
    del (1).real
except AttributeError as e:
    print(e)
