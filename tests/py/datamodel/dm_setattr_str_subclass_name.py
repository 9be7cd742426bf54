# setattr/getattr accept str-subclass names; the key is stored as given.
class S(str):
    pass
class A:
    pass
a = A()
setattr(a, S('sub'), 'via str subclass')
print(a.sub, getattr(a, S('sub')), [type(k).__name__ for k in a.__dict__])
print(hasattr(a, S('sub')), hasattr(a, S('none')))
delattr(a, S('sub'))
print(a.__dict__)
