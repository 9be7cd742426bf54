# property with getter, setter and deleter via decorators; each accessor runs when expected.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete')
        self._c = None
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius, t.__dict__)
print(type(Temp.celsius).__name__)
