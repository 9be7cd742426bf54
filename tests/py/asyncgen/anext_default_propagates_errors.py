def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    raise KeyError("boom")

async def main():
    g = agen()
    print(await anext(g, "d"))
    try:
        await anext(g, "d")
    except KeyError as e:
        print("KeyError", e)
    print(await anext(g, "after"))

run(main())
