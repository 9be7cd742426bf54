src = '''
def f():
    "docstring"
    assert False, "boom"
    return __debug__
r = f()
'''
for opt in (0, 1, 2):
    ns = {}
    try:
        exec(compile(src, "<s>", "exec", optimize=opt), ns)
        print(opt, "returned", ns["r"], repr(ns["f"].__doc__))
    except AssertionError as e:
        print(opt, "AssertionError", e)
