def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("received", received)

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("x"))
    print(await g.asend("y"))
    await g.aclose()

run(main())
