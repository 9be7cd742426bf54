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
    k = 10
    ge = (x + k async for x in agen(3))
    k = 100
    return [v async for v in ge]

print(run(main()))
