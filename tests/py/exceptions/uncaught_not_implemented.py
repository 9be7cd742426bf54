# Uncaught NotImplementedError raised from a method.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
print("computing")
Shape().area()
