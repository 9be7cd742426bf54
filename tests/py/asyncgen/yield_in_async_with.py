def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    async def __aenter__(self):
        print("enter")
        return "res"
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False

async def agen():
    async with CM() as r:
        yield r
        yield r + "!"

async def main():
    async for v in agen():
        print(v)
    g = agen()
    print(await g.__anext__())
    await g.aclose()

run(main())
