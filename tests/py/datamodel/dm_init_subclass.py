# __init_subclass__ is an implicit classmethod called for each new subclass, not the base.
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print('init_subclass', cls.__name__, kw)
        Plugin.registry.append(cls.__name__)
class A(Plugin):
    pass
class B(A, name='bee'):
    pass
print(Plugin.registry)
print(type(Plugin.__dict__['__init_subclass__']).__name__)
class Quiet(Plugin):
    def __init_subclass__(cls):
        print('Quiet hook for', cls.__name__)
class Q2(Quiet):
    pass
T = type('T', (Plugin,), {})
print(Plugin.registry)
