# __eq__ without __hash__ makes a subclass unhashable; with both, dict keys use them.
class Loose(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10

try:
    hash(Loose(3))
except TypeError as e:
    print('TypeError', e)
print(Loose(13) == 3, Loose(13) != 3, 3 == Loose(13), Loose(13) != 4)

class Hashed(Loose):
    def __hash__(self):
        return int(self) % 10

d = {Hashed(13): 'x'}
print(d[Hashed(3)], Hashed(23) in d, 3 in d, hash(Hashed(47)))
print(Loose.__hash__, '__hash__' in Loose.__dict__, '__hash__' in Hashed.__dict__)
