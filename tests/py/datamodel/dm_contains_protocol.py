# `in` and `not in` call __contains__ and convert its result to bool.
class Evens:
    def __contains__(self, item):
        print('__contains__', item)
        return item % 2 == 0
class Truthy:
    def __contains__(self, item):
        return 'non-empty'
class Falsy:
    def __contains__(self, item):
        return []
e = Evens()
print(4 in e, 3 in e, 3 not in e)
print(1 in Truthy(), 1 in Falsy(), 1 not in Falsy())
class Raises:
    def __contains__(self, item):
        raise KeyError(item)
try:
    5 in Raises()
except KeyError as e:
    print(type(e).__name__, e)
