def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    raise ValueError("bad")

async def main():
    out = []
    try:
        async for x in agen():
            out.append(x)
    except ValueError as e:
        out.append(str(e))
    return out

print(run(main()))
