def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
    except ValueError:
        print("never: not started")
        yield 2

async def main():
    g = agen()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished")

run(main())
