# __getattr__ is called only for names that normal lookup cannot find.
class Lazy:
    cls_attr = 'class'
    def __init__(self):
        self.inst = 'instance'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('auto_'):
            value = name[5:]
            setattr(self, name, value)
            return value
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
l = Lazy()
print(l.inst, l.cls_attr)
print(l.auto_one)
print(l.auto_one)
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, 'other', 'dflt'), hasattr(l, 'auto_two'), l.__dict__)
