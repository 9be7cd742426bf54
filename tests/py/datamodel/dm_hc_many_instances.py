# Many instances built in different attribute orders all read back correctly.
class R:
    pass
objs = []
for i in range(300):
    o = R()
    if i % 3 == 0:
        o.a = i; o.b = -i
    elif i % 3 == 1:
        o.b = -i; o.a = i
    else:
        o.c = 'extra'; o.a = i; o.b = -i
    objs.append(o)
print(sum([o.a for o in objs]), sum([o.b for o in objs]))
print([list(objs[k].__dict__) for k in range(3)])
for o in objs[::50]:
    o.a, o.b = o.b, o.a
print([(o.a, o.b) for o in objs[::50]])
print(len([o for o in objs if 'c' in vars(o)]))
