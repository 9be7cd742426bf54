# if / elif / else chains and truthiness of conditions.
def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "large"
for v in (-3, 0, 4, 99):
    print(v, classify(v))
for cond in (0, 1, "", "a", [], [0], None, 0.0, 0j, {}, set(), ()):
    if cond:
        print(repr(cond), "truthy")
    else:
        print(repr(cond), "falsy")
