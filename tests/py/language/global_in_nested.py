x = "global"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
        return x
    inner()
    return x
print(outer(), x)
def f():
    global newname
    newname = 42
f()
print(newname)
class C:
    global x
    x = "from class"
print(x, hasattr(C, "x"))
