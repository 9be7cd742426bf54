# object is not iterable / not an iterator.
for v in (5, None, 1.5, len):
    try:
        for _ in v:
            pass
    except TypeError as e:
        print("TypeError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    [*None]
except TypeError as e:
    print("TypeError", e)
try:
    print(*1)
except TypeError as e:
    print("TypeError", e)
try:
    "x" in 5
except TypeError as e:
    print("TypeError", e)
