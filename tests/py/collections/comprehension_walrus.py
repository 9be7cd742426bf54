# Walrus in comprehensions binds in the enclosing scope.
values = [1, 4, 9, 16]
roots = [r for v in values if (r := int(v ** 0.5)) % 2 == 0]
print(roots, r)
total = 0
partial = [total := total + v for v in values]
print(partial, total)
