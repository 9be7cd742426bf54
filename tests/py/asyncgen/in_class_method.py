def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Repo:
    def __init__(self, items):
        self.items = items
    async def stream(self):
        for it in self.items:
            yield it.upper()
    async def __aiter__(self):
        for it in self.items:
            yield it

async def main():
    r = Repo(["a", "b"])
    print([x async for x in r.stream()])
    print([x async for x in r])

run(main())
