def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def double(x):
    return x * 2

async def main():
    ge = (await double(x) for x in range(3))
    print(type(ge).__name__)
    out = []
    async for v in ge:
        out.append(v)
    return out

print(run(main()))
