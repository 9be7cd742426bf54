# A bytearray subclass: mutation in place, repr with the class name.
class BA(bytearray):
    pass

b = BA(b'abc')
print(b, repr(b), type(b).__name__, len(b))
b.append(100)
b.extend(b'ef')
b[0] = 65
print(b, b[1:3], type(b[1:3]).__name__, b + b'!', type(b + b'!').__name__)
b += b'g'
print(b, type(b).__name__, bytes(b), BA(), BA(3), BA([1, 2]))

class Init(bytearray):
    def __init__(self, n):
        super().__init__(b'x' * n)
        self.n = n
i = Init(3)
print(i, i.n, type(i).__name__)
