# Indexing out of range on every sequence type.
cases = [lambda: [1][1], lambda: [][0], lambda: (1,)[-2], lambda: "ab"[2], lambda: b"x"[1],
         lambda: range(3)[3], lambda: bytearray()[0]]
for c in cases:
    try:
        c()
    except IndexError as e:
        print(e)
lst = [1]
try:
    lst[3] = 0
except IndexError as e:
    print(e)
