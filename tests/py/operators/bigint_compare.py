# Comparisons between big ints, small ints and floats.
big = 2 ** 70
print(big > 2 ** 69, big < -big, big == 2 ** 70, big != big + 1)
print(big == float(big), big + 1 == float(big), big + 1 > float(big))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(max(3, 2 ** 64, -(2 ** 65)), min(3, 2 ** 64, -(2 ** 65)))
print(sorted([2 ** 65, -1, 2 ** 64, 0.5, -(2 ** 70)]))
