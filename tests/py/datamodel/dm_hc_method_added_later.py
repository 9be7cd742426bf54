# Methods added, replaced or deleted on a class after instances exist take effect at once.
class A:
    def greet(self): return 'v1'
a = A()
calls = []
for i in range(4):
    calls.append(a.greet())
    if i == 1:
        A.greet = lambda self: 'v2'
print(calls)
A.extra = lambda self: 'extra for ' + type(self).__name__
print(a.extra())
def greet3(self): return 'v3'
setattr(A, 'greet', greet3)
print(a.greet(), A().greet())
del A.greet
try:
    a.greet()
except AttributeError as e:
    print(type(e).__name__, e)
