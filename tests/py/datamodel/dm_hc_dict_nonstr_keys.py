# Non-string keys may be stored in an instance __dict__; they are not attributes.
class A:
    pass
a = A()
a.x = 1
a.__dict__[1] = 'one'
a.__dict__[(2, 3)] = 'tuple'
print(a.__dict__, a.x)
print(vars(a)[1], len(vars(a)))
try:
    getattr(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
print([type(k).__name__ for k in a.__dict__])
