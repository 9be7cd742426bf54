def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2

async def main():
    g = agen()
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished")

run(main())
