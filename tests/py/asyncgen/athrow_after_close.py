def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
    finally:
        print("fin")

async def main():
    g = agen()
    await g.__anext__()
    await g.aclose()
    try:
        await g.athrow(KeyError)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    except BaseException as e:
        print(type(e).__name__)

run(main())
