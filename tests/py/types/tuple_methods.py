# tuple methods and behaviour.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:3], t[::-1])
print(tuple("abc"), tuple([1]), tuple(range(2)), () == tuple(), (1,) * 3)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), max((3, 1, 2)), min(((1, 2), (0, 5))))
print(hash((1, 2)) == hash((1, 2)), (1, [2]) == (1, [2]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
