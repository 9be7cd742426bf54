# Closures created in a loop over a comprehension-scoped variable.
funcs = {}
for name in ["a", "b", "c"]:
    def make(n=name):
        return n * 2
    funcs[name] = make
print([funcs[k]() for k in ["a", "b", "c"]])
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return hit
hit = counter_factory()
print(hit("x"), hit("x"), hit("y"), hit("x"))
