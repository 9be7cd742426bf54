def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

async def main():
    g = agen()
    print(await g.__anext__())
    del g
    print("after del")

run(main())
