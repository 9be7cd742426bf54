def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield None
    yield (1, 2)
    yield StopIteration("as value")
    yield [3]

async def main():
    out = []
    async for v in agen():
        out.append(repr(v))
    return out

print(run(main()))
