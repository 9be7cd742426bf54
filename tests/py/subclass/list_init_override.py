# __init__ of a list subclass with its own arguments, calling list.__init__.
class Stack(list):
    def __init__(self, *items, limit=10):
        super().__init__(items)
        self.limit = limit
    def push(self, v):
        if len(self) >= self.limit:
            raise OverflowError('stack full')
        self.append(v)
    def peek(self):
        return self[-1]

s = Stack(1, 2, limit=3)
s.push(3)
print(s, s.peek(), s.limit, len(s), s.pop(), s)
try:
    s.push(9)
    s.push(10)
except OverflowError as e:
    print('OverflowError', e)

class Empty(list):
    def __init__(self, data):
        self.data = data
e = Empty([1, 2])
print(e, e.data, len(e))
class Re(list):
    pass
r = Re([1, 2])
list.__init__(r, [7])
print(r)
