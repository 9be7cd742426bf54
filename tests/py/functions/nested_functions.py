# Functions defined inside functions and returned.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
triple = make_multiplier(3)
print(triple(5), make_multiplier(-1)(4))
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
p = pipeline(lambda x: x + 1, triple, str)
print(repr(p(1)))
