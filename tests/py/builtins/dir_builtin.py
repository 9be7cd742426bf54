# dir() of user objects lists attributes sorted.
class Point:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        pass
names = [n for n in dir(Point()) if not n.startswith("__")]
print(names)
print([n for n in dir(Point) if not n.startswith("_")])
def f():
    a = 1
    b = 2
    return dir()
print(f())
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
