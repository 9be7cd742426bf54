# Int subclass instances hold small and big values alike; they mix with plain ints.
class I(int):
    pass

values = [I(0), I(1), I(-1), I(2 ** 62), I(-(2 ** 62) - 1), I(2 ** 100)]
for v in values:
    print(v, v == int(v), hash(v) == hash(int(v)), v + 0, type(v + 0).__name__)
print(I(2 ** 62) - I(1), I(2 ** 100) // I(2 ** 99))
d = {1: 'one', 2 ** 100: 'big'}
print(d[I(1)], d[I(2 ** 100)])
d2 = {I(3): 'three'}
print(d2[3], 3 in d2, I(3) in {3})
print(I(5) == 5.0, I(1) == True, True + I(1), I(7) > 2.5)
print(sorted([I(3), 1, I(2)]), max(I(3), 2), min(I(3), 2))
