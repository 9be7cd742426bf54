# Dict comprehensions keep insertion order; later keys win.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({i % 3: i for i in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2) if i <= j})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
