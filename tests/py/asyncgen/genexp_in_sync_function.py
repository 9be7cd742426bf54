def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2

def make():
    return (x + 1 async for x in agen())

async def main():
    return [v async for v in make()]

g = make()
print(type(g).__name__, g.__name__)
print(run(main()))
