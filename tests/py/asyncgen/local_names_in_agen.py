def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(a, *args, k=1, **kw):
    x = a + k
    yield sorted(locals())
    del x
    yield sorted(locals())

async def main():
    return [v async for v in agen(1, 2, z=3)]

print(run(main()))
