def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1

g = agen()
r = repr(g)
print(r.startswith("<async_generator object agen at 0x"))
print(type(g.asend(None)).__name__)
print(type(g.athrow(ValueError)).__name__)
print(type(g.aclose()).__name__)
print(type(anext(g, 0)).__name__)
