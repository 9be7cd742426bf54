def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def inner(n):
    for i in range(n):
        yield i

async def outer():
    async for i in inner(3):
        async for j in inner(i):
            yield (i, j)

async def main():
    return [p async for p in outer()]

print(run(main()))
