# can only concatenate ... messages.
for a, b in (("s", 1), ("s", None), ("s", b"b"), ([1], (2,)), ((1,), [2]), ([], "s"), ((), "")):
    try:
        a + b
    except TypeError as e:
        print("TypeError", e)
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError", e)
