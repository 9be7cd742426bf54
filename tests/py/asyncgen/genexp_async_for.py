def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

async def main():
    ge = (x * 10 async for x in agen(4))
    print(type(ge).__name__)
    return [v async for v in ge]

print(run(main()))
