# The default __hash__ is identity-based: stable for an object, equal objects are the same one.
class A:
    pass
a, b = A(), A()
print(hash(a) == hash(a), a.__hash__() == hash(a), type(hash(a)).__name__)
s = {a, b, a}
print(len(s), a in s, A() in s)
d = {a: 'a'}
d[b] = 'b'
print(d[a], d[b], len(d))
print(A.__hash__ is object.__hash__, hash(A) == hash(A))
