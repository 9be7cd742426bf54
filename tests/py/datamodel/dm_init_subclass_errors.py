# Unused class keywords reach object.__init_subclass__, which rejects them.
class Base:
    def __init_subclass__(cls, color='none', **kw):
        cls.color = color
        super().__init_subclass__(**kw)
class Red(Base, color='red'):
    pass
print(Red.color)
try:
    class Bad(Base, color='blue', size=3):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Ok(Strict, required=1):
    pass
print(Ok.required)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
