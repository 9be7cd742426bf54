print(__debug__)
if __debug__:
    print("debug branch")
try:
    assert False, "asserted"
except AssertionError as e:
    print("AssertionError", e)
for src in ["__debug__ = 1", "del __debug__", "def f(__debug__): pass", "f(__debug__=1)", "import x as __debug__"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
