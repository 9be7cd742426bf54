# Int subclass instances are used as indexes, counts and slice bounds.
class I(int):
    def __index__(self):
        return 0  # not consulted: an int's value is its index

items = [10, 20, 30, 40]
print(items[I(1)], items[I(-1)], items[I(1):I(3)], 'ab' * I(3), [0] * I(2))
print(list(range(I(3))), 'abcdef'[I(2):], (1, 2, 3)[I(2)])
print(hex(I(255)), bin(I(5)), oct(I(8)), '%d %x' % (I(42), I(255)), format(I(42), '>5'))
print(f'{I(7):03d}', I(7).to_bytes(2, 'big'), chr(I(65)))
import sys
print(sys.maxsize > I(1))
