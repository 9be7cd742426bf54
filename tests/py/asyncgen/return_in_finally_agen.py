def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
    finally:
        print("finally before return")
    return

async def main():
    return [x async for x in agen()]

print(run(main()))
