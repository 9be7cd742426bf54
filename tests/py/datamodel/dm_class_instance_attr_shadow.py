# Instance attributes shadow class attributes; deleting them reveals the class value again.
class A:
    counter = 0
    items = []
    def bump(self):
        self.counter += 1
a, b = A(), A()
a.bump(); a.bump()
print(a.counter, b.counter, A.counter, a.__dict__)
a.items.append(1)
print(b.items, 'items' in a.__dict__)
del a.counter
print(a.counter)
try:
    del a.counter
except AttributeError as e:
    print(type(e).__name__, e)
A.counter = 10
print(a.counter, b.counter)
try:
    del A.nothing
except AttributeError as e:
    print(type(e).__name__, e)
