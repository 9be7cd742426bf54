# __bool__ of an int subclass is honoured; __len__ is not a number's truth.
class Always(int):
    def __bool__(self):
        return True

class Sized(int):
    def __len__(self):
        return 0

print(bool(Always(0)), bool(Sized(5)), bool(Sized(0)), not Always(0))
if Always(0):
    print('truthy')
print([x for x in [Always(0), Sized(0), Sized(2)] if x])
