# Unary -, + and ~ on ints, floats, bools and complex.
print(-5, +5, ~5, -(-5), ~~5, - - 5)
print(-0, +0, ~0, ~-1)
print(-1.5, +1.5, -0.0, +(-0.0))
print(-True, +True, ~True, ~False, -False)
print(-(1 + 2j), +(1 - 2j))
print(-(2 ** 100), ~(2 ** 100), ~(-(2 ** 100)))
print(not 0, not 1, not [], not "x", not None)
