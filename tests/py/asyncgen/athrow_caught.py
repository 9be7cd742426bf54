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
        except ValueError as e:
            print("caught", e)
            yield "recovered"

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError, ValueError("boom")))
    print(await g.__anext__())
    await g.aclose()

run(main())
