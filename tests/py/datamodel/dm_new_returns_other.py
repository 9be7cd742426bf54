# When __new__ returns an object that is not an instance of the class, __init__ is skipped.
class A:
    def __new__(cls, value):
        print('A.__new__', value)
        if value < 0:
            return 'negative'
        return super().__new__(cls)
    def __init__(self, value):
        print('A.__init__', value)
        self.value = value
print(A(5).value)
print(A(-1))
class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(B(), type(B()).__name__)
class C:
    def __new__(cls):
        return None
print(C())
