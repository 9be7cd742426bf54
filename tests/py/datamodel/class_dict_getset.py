# The __dict__ and __weakref__ descriptors classes put in their namespace, as CPython places them.
class A: pass
class B(A): pass
class E(Exception): pass
class Q: __slots__='a'
class T(Q): pass
class W: __slots__=('__weakref__',)
for c in (A,B,E,Q,T,W): print(c.__name__, list(c.__dict__))
print(type(A.__dict__['__dict__']).__name__, A.__dict__['__weakref__'])
a=A(); a.x=1; print(A.__dict__['__dict__'].__get__(a), A.__weakref__.__get__(a))
del a.__dict__
print(a.__dict__)
a.__dict__ = {'q': 2}; print(a.q, vars(a))
print(sorted(k for k in dir(a) if k.startswith('__d') or k.startswith('__w')))
