# dir() of the sys module and dir() without arguments in module and function scope.
import sys
names = dir(sys)
print('argv' in names, 'path' in names, names == sorted(names), '__name__' in names)
alpha = 1
def f(x):
    y = 2
    return dir()
print(f(0))
class K:
    a = 1
    inner = dir()
print(K.inner)
top = [n for n in dir() if not n.startswith('__')]
print(top)
