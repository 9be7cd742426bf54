class Suspend:
    def __await__(self):
        v = yield "s"
        return v

async def coro():
    return await Suspend()

def legacy():
    r = yield from coro()
    return r

try:
    list(legacy())
except TypeError as e:
    print(e)

legacy.__code__ = legacy.__code__.replace(co_flags=legacy.__code__.co_flags | 0x100)

async def main():
    return await legacy()

c = main()
print(c.send(None))
try:
    c.send("value")
except StopIteration as e:
    print("got", e.value)
