# super() in __init__ and in overridden methods.
class Base:
    def __init__(self, value):
        self.value = value
        self.log = ["Base.__init__"]
    def describe(self):
        return f"Base({self.value})"
class Middle(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        self.log.append("Middle.__init__")
    def describe(self):
        return "Middle<" + super().describe() + ">"
class Leaf(Middle):
    def __init__(self):
        super().__init__(1, 2)
        self.log.append("Leaf.__init__")
    def describe(self):
        return "Leaf<" + super().describe() + ">"
leaf = Leaf()
print(leaf.describe())
print(leaf.log, leaf.value, leaf.extra)
print(super(Leaf, leaf).describe())
