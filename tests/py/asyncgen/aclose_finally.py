def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

async def main():
    g = agen()
    print(await g.__anext__())
    r = await g.aclose()
    print("aclose ->", r)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    print(await g.aclose())

run(main())
