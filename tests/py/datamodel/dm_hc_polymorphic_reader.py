# A single function reading the same attribute from objects of many classes and layouts.
def get_v(o):
    return o.v
classes = []
for i in range(6):
    ns = {'v': 'class%d' % i} if i % 2 else {}
    classes.append(type('K%d' % i, (), ns))
objs = []
for i, k in enumerate(classes):
    o = k()
    if i not in (1, 5):
        for j in range(i):
            setattr(o, 'pad%d' % j, j)
        o.v = 'inst%d' % i
    objs.append(o)
print([get_v(o) for o in objs])
classes[1].v = 'class1-changed'
del objs[0].v
try:
    get_v(objs[0])
except AttributeError as e:
    print(type(e).__name__, e)
print([get_v(o) for o in objs[1:]])
