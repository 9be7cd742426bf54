# unhashable type errors.
for v in ([], {}, set(), bytearray(), [1, [2]], ([],)):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {1, 2, {3}}
except TypeError as e:
    print("TypeError", e)
try:
    {}.setdefault([], 1)
except TypeError as e:
    print("TypeError", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError", e)
