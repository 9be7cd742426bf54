# async with: __aenter__/__aexit__ awaited, the value bound, exceptions suppressed by a
# true __aexit__ result, break/return through the block, and protocol errors.
def run(c):
    try:
        while True:
            print('yielded', c.send(None))
    except StopIteration as e:
        return e.value
class Suspend:
    def __await__(self):
        yield 'tick'
class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Suspend()
        print('enter', self.name)
        return self.name
    async def __aexit__(self, t, e, tb):
        print('exit', self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    async with CM('a') as v, CM('b') as w:
        print('body', v, w)
    async with CM('c'):
        raise KeyError('k')
    for i in range(3):
        async with CM('d%d' % i):
            if i == 1:
                break
    try:
        async with CM('e'):
            raise ValueError('v')
    except ValueError as e:
        print('escaped', repr(e))
    return 'done'
print(run(main()))
class NoAsync:
    pass
class HalfAsync:
    async def __aenter__(self):
        return 1
async def bad(m):
    async with m:
        pass
for m in (NoAsync(), HalfAsync()):
    try:
        run(bad(m))
    except TypeError as e:
        print('TypeError:', e)
