class Suspend:
    def __await__(self):
        yield "s"

async def coro():
    try:
        await Suspend()
    finally:
        print("coroutine finally")

c = coro()
print(c.send(None))
del c
print("after")
