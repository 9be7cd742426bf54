# The class mappingproxy is a live view of the class namespace.
class A:
    a = 1
view = A.__dict__
A.b = 2
print(view['b'], 'b' in view)
del A.a
print('a' in view, [k for k in view if not k.startswith('__')])
setattr(A, 'c', 3)
print(len([k for k in view if not k.startswith('__')]), view.get('c'))
print(vars(A) is not None, vars(A)['c'], list(vars(A).keys()) == list(view.keys()))
