class Suspend:
    def __await__(self):
        yield "s"

async def coro():
    await Suspend()
    return 5

c = coro()
print(c.cr_await)
c.send(None)
print(type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_await, c.cr_code.co_name, c.cr_frame)
