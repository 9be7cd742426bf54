# Loop targets: tuples, nested unpacking, starred, attributes and subscripts.
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4]]:
    print(first, rest)
d = {}
for d["key"] in "xyz":
    pass
print(d)
class Box:
    pass
box = Box()
for box.value in range(3):
    pass
print(box.value)
lst = [0, 0]
for lst[0] in (7, 8):
    pass
print(lst)
