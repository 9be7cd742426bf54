# abs() of every numeric type.
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(-(2 ** 100)))
print(abs(True), abs(False), abs(float("-inf")), abs(float("nan")), abs(-1e-320))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
