# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] == True, 1 < x is not None)
print(1 < 2 > 0 < 5 != 6 == 6)
