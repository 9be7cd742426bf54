# Starred targets in assignments.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
first, second = "ab"
print(first, second)
for bad in ("a", "abcd"):
    try:
        p, q, r = bad
    except ValueError as e:
        print("ValueError", e)
try:
    p, *q, r = "a"
except ValueError as e:
    print("ValueError", e)
