# Subclasses of list and tuple are sequences; length checks call their __len__ and
# unpacking iterates them.
class Loud(list):
    def __len__(self):
        print("  __len__")
        return super().__len__()
    def __iter__(self):
        print("  __iter__")
        return super().__iter__()
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)

match Loud([1, 2, 3]):
    case [a, b, c]:
        print(a, b, c)
match Loud([1, 2, 3]):
    case [a, *_, c]:
        print(a, c)

class Pair(tuple):
    pass

match Pair((1, 2)):
    case (x, y):
        print("tuple subclass", x, y)
