# Hundreds of attributes on one instance keep order, values and deletion coherent.
class Big:
    pass
b = Big()
for i in range(600):
    setattr(b, 'attr%d' % i, i * i)
print(len(b.__dict__), b.attr0, b.attr599, getattr(b, 'attr300'))
print(list(b.__dict__)[:3], list(b.__dict__)[-2:])
total = 0
for i in range(600):
    total += getattr(b, 'attr%d' % i)
print(total)
for i in range(0, 600, 2):
    delattr(b, 'attr%d' % i)
print(len(vars(b)), list(b.__dict__)[:3], hasattr(b, 'attr10'), b.attr11)
b.attr0 = 'back'
print(list(b.__dict__)[-1], b.attr0)
c = Big()
c.only = 1
print(vars(c))
