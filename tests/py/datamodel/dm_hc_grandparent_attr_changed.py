# A class attribute changed on a grandparent after a grandchild read it is seen at once.
class Base:
    level = 1
    def who(self): return 'v1'
class Mid(Base): pass
class Leaf(Mid): pass
leaf = Leaf()
print(leaf.level, leaf.who(), Leaf.level)
Base.level = 2
Base.who = lambda self: 'v2'
print(leaf.level, leaf.who(), Leaf.level, Mid.level)
for i in range(3):
    Base.level = 10 + i
    print(leaf.level, Leaf.level, Mid().level)
