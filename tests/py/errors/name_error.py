# NameError messages for globals, builtins-like typos and deleted names.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: x)
show(lambda: undefined_function())
def uses_later():
    return later_global
show(uses_later)
later_global = 1
print(uses_later())
y = 1
del y
show(lambda: y)
