# all() and any() short-circuit and accept any iterable.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]))
print(all("abc"), any(range(0)), all(range(1, 5)), any({0: "a"}), all({0: "a"}))
seen = []
def check(x):
    seen.append(x)
    return x
print(any([check(0), check(1), check(2)]), seen)
print(all([x > 0 for x in [1, 2, -1]]), any([x > 1 for x in [1, 2, -1]]))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
