# A plugin registry filled by a metaclass as subclasses are defined.
class Registry(type):
    plugins = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.plugins[ns.get('key', name.lower())] = cls

class Plugin(metaclass=Registry):
    def run(self):
        return type(self).__name__ + ' ran'

class Alpha(Plugin):
    key = 'a'
class Beta(Plugin):
    pass
class Gamma(Beta):
    pass

print(sorted(Registry.plugins), Registry.plugins['a']().run(), Registry.plugins['gamma']().run())
print(type(Gamma).__name__, Gamma.__mro__[1].__name__)
