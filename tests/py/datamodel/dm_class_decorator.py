# Class decorators apply bottom-up, receive the class, and may return anything.
def tag(label):
    def deco(cls):
        print('decorating', cls.__name__, 'with', label)
        cls.tags = getattr(cls, 'tags', ()) + (label,)
        return cls
    return deco
@tag('outer')
@tag('inner')
class A:
    pass
print(A.tags)
def replace(cls):
    return 'replaced ' + cls.__name__
@replace
class B:
    pass
print(B)
registry = []
def register(cls):
    registry.append(cls.__qualname__)
    return cls
@register
class C:
    @register
    class D:
        pass
print(registry)
