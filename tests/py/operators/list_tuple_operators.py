# + * in == < and augmented ops on lists and tuples.
a = [1, 2]
t = (1, 2)
print(a + [3], t + (3,), a * 2, t * 2, 2 * a, [] * 3, a * -2)
print(2 in a, 3 in t, a == [1, 2], t == (1, 2), a != t)
print([1, 2, 3] < [1, 2, 4], (1, 2) < (1, 2, 3), [2] > [1, 99])
print([[0]] * 3, [0] * 0)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print(a + list(t), tuple(a) + t)
for bad in (lambda: a + t, lambda: t + a, lambda: a * 1.5, lambda: a < t):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
