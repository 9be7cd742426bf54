# __prepare__ must return a mapping; a lookup-failing namespace surfaces as NameError.
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class A(metaclass=BadMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:]
        raise KeyError(key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class B(metaclass=Meta):
    value = auto_hello
    length = len(value)
print(B.value, B.length)
