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
    aw = g.aclose()
    await aw
    try:
        await aw
    except RuntimeError as e:
        print(e)

run(main())
