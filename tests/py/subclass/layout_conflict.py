# Bases whose instance layouts differ cannot be combined.
pairs = [(list, dict), (int, str), (int, float), (Exception, int), (set, frozenset),
         (list, tuple), (type, int), (OSError, SyntaxError), (NameError, AttributeError)]
for bases in pairs:
    try:
        type('X', bases, {})
        print('ok', [b.__name__ for b in bases])
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError', e)
class A:
    pass
class B(A, list):
    pass
class C(list, A):
    pass
print(B.__base__.__name__, C.__base__.__name__, B([1]), C([2]))
print(type('E', (ValueError, KeyError), {}).__base__.__name__, type('O', (OSError, KeyError), {}).__base__.__name__)
