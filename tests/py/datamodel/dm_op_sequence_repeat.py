# list * obj tries obj.__rmul__ first, then sequence repetition through __index__.
class Idx:
    def __index__(self):
        print('__index__')
        return 2
class RMul:
    def __rmul__(self, other):
        print('__rmul__', other)
        return 'rmul result'
class Declines:
    def __rmul__(self, other):
        print('__rmul__ declines')
        return NotImplemented
    def __index__(self):
        return 3
print([1, 2] * Idx(), 'ab' * Idx(), Idx() * (0,))
print([1] * RMul())
print('x' * Declines())
try:
    [1] * object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 1.5
except TypeError as e:
    print(type(e).__name__, e)
