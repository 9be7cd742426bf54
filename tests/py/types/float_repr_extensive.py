# repr and str of floats across magnitudes (shortest round-trip).
vals = []
x = 1.0
for i in range(25):
    vals.append(x)
    x *= 10
print(vals)
vals = [1.0 / 10 ** i for i in range(25)]
print(vals)
print([1 / 3 * 10 ** i for i in range(-6, 18, 3)])
print([2.0 ** i for i in (52, 53, 54, 63, 64, 100, -1, -10, -1074)])
print(1e15 + 0.3, 12345678.9, 0.000123, 123e100, -1.5e-7)
