# __index__ makes an object usable as a list index, slice bound, range argument and in bin/hex.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
data = list(range(10))
print(data[I(3)], data[I(-1)], data[I(2):I(5)], data[::I(3)])
print(list(range(I(4))), list(range(I(1), I(7), I(2))))
print(bin(I(5)), hex(I(255)), oct(I(8)))
print('abcdef'[I(1):I(4)], (1, 2, 3)[I(0)])
data[I(0)] = 'zero'
del data[I(9)]
print(data[:2], len(data))
print([1, 2] * I(2), int(I(7)), complex(I(2)), float(I(3)))
print(slice(I(1), I(5)).indices(10))
