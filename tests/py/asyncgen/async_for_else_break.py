def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")

async def main():
    async for x in agen():
        if x == 2:
            break
    else:
        print("no break")
    print("broke at", x)
    async for y in agen():
        pass
    else:
        print("else ran", y)

run(main())
