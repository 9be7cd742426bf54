# Thousands of instances each with its own attribute name: attribute access stays right (layouts stop growing; instances fall back to dicts).
class O: pass
objs = []
for i in range(2000):
    o = O()
    setattr(o, 'k%d' % i, i)
    setattr(o, 'common', i)
    objs.append(o)
print(sum(o.common for o in objs), getattr(objs[1999], 'k1999'), len(vars(objs[5])))
