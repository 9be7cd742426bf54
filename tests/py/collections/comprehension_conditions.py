# Several ifs and loops in one comprehension.
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
        if a * a + b * b == c * c]
print(pyth)
evens_sq = [x * x for x in range(30) if x % 2 == 0 if x % 3 == 0]
print(evens_sq)
print([w for w in "the quick brown fox".split() if len(w) > 3 and "o" in w])
