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
        print("never printed")

async def main():
    g = agen()
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")

run(main())
