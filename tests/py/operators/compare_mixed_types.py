# Equality across types is False; ordering across types is a TypeError.
print(1 == "1", [1] == (1,), None == False, "a" != b"a")
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ("a", b"a"), ({1: 2}, {1: 2})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
