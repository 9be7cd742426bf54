g = {"x": 1}
l = {}
exec("y = x + 1\nz = locals() is globals()", g, l)
print(l["y"], l["z"], "y" in g)
exec("w = 5", g)
print(g["w"], "__builtins__" in g)
print(eval("x + w", g))
print(eval("a * 2", {}, {"a": 21}))
def f():
    exec("q = 7")
    return "q" in locals()
print(f())
