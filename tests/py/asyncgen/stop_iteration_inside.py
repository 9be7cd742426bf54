def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    raise StopIteration(5)

async def main():
    g = agen()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e)

run(main())
