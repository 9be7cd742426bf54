# Shadowing a class attribute per instance, then unshadowing, in a loop stays consistent.
class A:
    v = 'class'
objs = [A() for _ in range(4)]
objs[1].v = 'inst1'
objs[3].v = 'inst3'
print([o.v for o in objs])
A.v = 'class2'
print([o.v for o in objs])
del objs[1].v
objs[0].v = 'inst0'
print([o.v for o in objs])
for o in objs:
    o.__dict__.pop('v', None)
print([o.v for o in objs])
