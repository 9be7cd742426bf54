# The old sequence protocol: iteration calls __getitem__(0, 1, ...) until IndexError.
class Squares:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError('done')
        return i * i
print(list(Squares()))
it = iter(Squares())
print(type(it).__name__, next(it))
for v in Squares():
    if v == 1:
        break
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))
class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorSeq())
except KeyError as e:
    print(type(e).__name__, e)
