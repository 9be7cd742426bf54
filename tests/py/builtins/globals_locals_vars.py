# globals(), locals() and vars() return the namespace dicts.
g_value = 1
print("g_value" in globals(), globals()["g_value"], globals()["__name__"])
globals()["created"] = "via globals"
print(created)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
class C:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(C()), vars(C())["q"])
print(sorted(vars(C()).keys()))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
