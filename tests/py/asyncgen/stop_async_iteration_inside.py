def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    raise StopAsyncIteration

async def main():
    g = agen()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

run(main())
