# IndexError messages of every sequence type and operation.
cases = [lambda: [][0], lambda: [1, 2][-3], lambda: ()[0], lambda: ""[0], lambda: b""[0],
         lambda: bytearray()[0], lambda: range(0)[0], lambda: [].pop(), lambda: [1].pop(3)]
for c in cases:
    try:
        c()
    except IndexError as e:
        print("IndexError", e)
lst = [1]
for op in (lambda: lst.__setitem__(5, 0), lambda: lst.__delitem__(5)):
    try:
        op()
    except IndexError as e:
        print("IndexError", e)
try:
    lst[1.5]
except TypeError as e:
    print("TypeError", e)
text = "s"
try:
    text["x"]
except TypeError as e:
    print("TypeError", e)
