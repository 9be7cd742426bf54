# getattr/setattr/hasattr/delattr on classes reach the class dict and inherited attributes.
class Base:
    inherited = 'base'
class A(Base):
    own = 'own'
print(getattr(A, 'own'), getattr(A, 'inherited'), hasattr(A, 'missing'))
setattr(A, 'added', 'new')
print(A.added, A().added, 'added' in A.__dict__)
delattr(A, 'added')
print(hasattr(A, 'added'))
try:
    delattr(A, 'inherited')
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Base, 'late', 1)
print(A.late, A().late)
print(getattr(A, '__name__'), getattr(A(), '__class__') is A)
