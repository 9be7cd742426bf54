# __new__ of a str subclass normalising its value, and __init__ after it.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())

class Tagged(str):
    def __new__(cls, value, tag='none'):
        return super().__new__(cls, value)
    def __init__(self, value, tag='none'):
        self.tag = tag

u = Upper('hello')
print(u, type(u).__name__, u == 'HELLO', Upper(42), Upper(u) is u)
t = Tagged('x', tag='t1')
print(t, t.tag, Tagged('y').tag, t + t, type(t + t).__name__)
print(str.__new__(Upper, 'abc'), type(str.__new__(Upper, 'abc')).__name__)
print(str(Upper('q')), type(str(Upper('q'))).__name__, str(t) == t)
