# with calls __enter__ (binding its result) and __exit__(None, None, None) on normal exit.
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return 'resource ' + self.name
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type, exc, tb)
        return False
with CM('a') as r:
    print('body', r)
with CM('x') as r1, CM('y') as r2:
    print('body', r1, r2)
with CM('no-as'):
    print('body without as')
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
