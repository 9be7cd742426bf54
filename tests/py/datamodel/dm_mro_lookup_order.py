# Attribute lookup follows __mro__: first class in the MRO defining a name wins.
class Base:
    x = 'Base.x'
    y = 'Base.y'
    z = 'Base.z'
class Left(Base):
    x = 'Left.x'
class Right(Base):
    x = 'Right.x'
    y = 'Right.y'
class Child(Left, Right):
    pass
c = Child()
print(c.x, c.y, c.z)
Right.z = 'Right.z'
print(c.z)
del Left.x
print(c.x)
Child.x = 'Child.x'
print(c.x, Child.__dict__['x'])
