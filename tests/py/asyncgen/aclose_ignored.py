def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

async def main():
    g = agen()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

run(main())
