# Set comprehensions of small ints print deterministically.
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
print(sorted({c for c in "mississippi"}))
print({n for n in range(10) if n % 2} == {1, 3, 5, 7, 9})
print(len({(a, b) for a in range(3) for b in range(3)}))
