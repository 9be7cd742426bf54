# Changing a base-class method or attribute is seen through subclasses and their instances.
class Base:
    def who(self): return 'Base.who'
    level = 1
class Mid(Base): pass
class Leaf(Mid): pass
leaf = Leaf()
def read(): return (leaf.who(), leaf.level)
print(read())
Base.who = lambda self: 'patched Base.who'
Base.level = 2
print(read())
Mid.who = lambda self: 'Mid.who'
print(read())
del Mid.who
Base.level = 3
print(read(), Leaf.level)
Leaf.level = 'own'
print(read(), Mid.level)
