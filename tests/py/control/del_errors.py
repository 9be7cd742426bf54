# Errors raised by del.
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
d = {}
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
lst = [1]
try:
    del lst[5]
except IndexError as e:
    print("IndexError", e)
class C:
    pass
try:
    del C().nothing
except AttributeError as e:
    print("AttributeError", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
