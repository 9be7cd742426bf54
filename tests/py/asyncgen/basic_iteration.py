def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2
    yield 3

async def main():
    out = []
    async for x in agen():
        out.append(x)
    return out

print(run(main()))
