a = 1
b = [1, 2, 3, 4, 5]
c = {"k": 1, "j": 2}
class O: pass
o = O()
o.x = 1
o.y = 2
del a
del b[0], b[-1]
del b[1:2]
del c["k"]
del o.x
print("a" in globals(), b, c, vars(o))
x, y = 1, 2
del (x, y)
z = [1, 2]
w = 3
del [z[0], w]
print(z, "x" in globals(), "w" in globals())
