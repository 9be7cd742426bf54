# object is not subscriptable / does not support item assignment or deletion.
for v in (5, None, 1.5, len, object()):
    try:
        v[0]
    except TypeError as e:
        print("TypeError", e)
for v in (5, "str", (1,), frozenset()):
    try:
        v[0] = 1
    except TypeError as e:
        print("TypeError", e)
for v in (5, "str", (1,)):
    try:
        del v[0]
    except TypeError as e:
        print("TypeError", e)
