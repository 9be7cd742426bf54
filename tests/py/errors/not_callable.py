# object is not callable.
for v in (5, "str", [1], None, (1,), {"a": 1}, 2.5):
    try:
        v()
    except TypeError as e:
        print("TypeError", e)
class C:
    pass
try:
    C()()
except TypeError as e:
    print("TypeError", e)
