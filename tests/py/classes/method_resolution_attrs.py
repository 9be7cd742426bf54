# Attribute lookup order: instance, class, base classes.
class A:
    x = "A.x"
    y = "A.y"
    def who(self):
        return "A.who"
class B(A):
    y = "B.y"
    def who(self):
        return "B.who>" + super().who()
b = B()
print(b.x, b.y, b.who())
b.x = "instance x"
print(b.x, B.x, A.x)
A.z = "added later"
print(b.z)
