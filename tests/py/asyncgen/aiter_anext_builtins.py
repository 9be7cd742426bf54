def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield "first"
    yield "second"

async def main():
    it = aiter(agen())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")

run(main())
