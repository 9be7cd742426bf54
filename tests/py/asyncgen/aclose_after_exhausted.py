def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1

async def main():
    g = agen()
    print([x async for x in g])
    print(await g.aclose())
    try:
        await g.athrow(ValueError)
    except StopIteration:
        print("unreachable")
    except ValueError:
        print("ValueError")
    print("done")

try:
    run(main())
except Exception as e:
    print(type(e).__name__, e)
