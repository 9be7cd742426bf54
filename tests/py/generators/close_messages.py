def gen():
    while True:
        try:
            yield
        except GeneratorExit:
            pass

class Suspend:
    def __await__(self):
        yield

async def coro():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            pass

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
c = coro()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)
del g
del c
print('end')
