# Non-empty __slots__ on a list subclass hold attributes without a __dict__.
class Pair(list):
    __slots__ = ('left', 'right')

p = Pair([1])
p.left = 'L'
print(p, p.left, hasattr(p, '__dict__'))
try:
    p.other = 1
except AttributeError as e:
    print('AttributeError', e)
