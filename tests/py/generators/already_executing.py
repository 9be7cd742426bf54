def gen():
    yield g.send(None)

g = gen()
try:
    next(g)
except ValueError as e:
    print(e)

async def coro():
    c.send(None)

c = coro()
try:
    c.send(None)
except ValueError as e:
    print(e)
