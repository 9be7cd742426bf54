# Built-in functions over subclass instances return plain built-in values.
class L(list):
    pass
class T(tuple):
    pass
class S(str):
    pass

l = L([3, 1, 2])
print(sorted(l), type(sorted(l)).__name__, list(reversed(l)), type(reversed(l)).__name__)
print(sum(L([1, 2])), len(T((1,))), min(S('bca')), max(T((4, 9))), list(enumerate(S('ab'))))
print(list(zip(l, T('abc'))), list(map(str, l)), any(L([0, 1])), all(T()), tuple(l), list(T((1,))))
print(dict(zip(S('ab'), l)), set(T((1, 1))), frozenset(L([2])), str(l), str(T((1,))))
print(','.join(L(['a', 'b'])), type(','.join(L(['a', 'b']))).__name__, S(',').join('ab'))
