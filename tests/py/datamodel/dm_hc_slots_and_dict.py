# A class with both slots and a __dict__ keeps slot values out of __dict__.
class Mixed:
    __slots__ = ('s', '__dict__')
m = Mixed()
m.s = 'slot'
m.d = 'dict'
print(m.__dict__, m.s, m.d)
m.__dict__['s'] = 'shadow in dict'
print(m.s, m.__dict__)
class Base:
    __slots__ = ('a',)
class Child(Base):
    pass
c = Child()
c.a = 1
c.b = 2
print(c.__dict__, c.a, sorted([k for k in dir(c) if not k.startswith('__')]))
