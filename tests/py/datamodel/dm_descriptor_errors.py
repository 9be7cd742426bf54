# Errors raised by descriptors propagate; deleting a get-only data descriptor fails.
class GetSet:
    def __get__(self, obj, owner):
        raise ValueError('get failed')
    def __set__(self, obj, value):
        raise TypeError('set failed: ' + repr(value))
class A:
    x = GetSet()
a = A()
for action in ('get', 'set', 'del'):
    try:
        if action == 'get':
            a.x
        elif action == 'set':
            a.x = 1
        else:
            del a.x
    except Exception as e:
        print(action, type(e).__name__, e)
try:
    A.x
except ValueError as e:
    print('class get', type(e).__name__, e)
