class Suspend:
    def __await__(self):
        yield "s"

async def coro():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            print("ignore")

c = coro()
c.send(None)
del c
print("after")
