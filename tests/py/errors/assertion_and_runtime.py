# AssertionError and RuntimeError messages.
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print(type(e).__name__, repr(e))
