# dir() of an instance and of a class: own, inherited and instance attributes, sorted.
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
c = Child()
def public(names):
    return [n for n in names if not n.startswith('__')]
print(public(dir(c)))
print(public(dir(Child)))
print(public(dir(Base)))
print('__init__' in dir(c), '__class__' in dir(c), '__dict__' in dir(c))
print('mro' in dir(Child), 'mro' in dir(type), '__mro__' in dir(Child))
print(dir(c) == sorted(dir(c)))
