def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

async def main():
    g = agen()
    await g.__anext__()
    await g.athrow(ValueError)
    await g.athrow(ValueError, "v")
    await g.athrow(KeyError("inst"))
    try:
        await g.athrow(KeyError("inst"), "extra")
    except TypeError as e:
        print("TypeError", e)
    try:
        await g.athrow(5)
    except TypeError as e:
        print("TypeError", e)
    await g.aclose()

run(main())
