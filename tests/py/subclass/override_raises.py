# An exception raised inside an overridden dunder propagates with its traceback.
class Strict(dict):
    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError('keys must be str, not ' + type(key).__name__)
        return dict.__getitem__(self, key)

s = Strict(a=1)
print(s['a'])
try:
    s[1]
except TypeError as e:
    print('caught', e)
print(s.get(1))
s[2]
