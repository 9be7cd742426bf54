# del of names, subscripts, slices and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
