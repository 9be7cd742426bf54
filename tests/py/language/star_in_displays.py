a = [1, 2]
b = (3,)
print([*a, *b, 0])
print((*a, *b))
print({*a, *b, 2})
print({**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *b)
print([*range(3), *"ab"])
t = *a, *b
print(t)
print(*[], sep="-")
