import types

@types.coroutine
def legacy(n):
    total = 0
    for _ in range(n):
        total += yield "tick"
    return total

async def main():
    a = await legacy(2)
    return a * 10

print(legacy.__code__.co_flags & 0x100 != 0)
c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)

@types.coroutine
def wraps_coro():
    return (yield from main())

async def outer():
    return await wraps_coro()

c = outer()
print(c.send(None))
print(c.send(5))
try:
    c.send(6)
except StopIteration as e:
    print("outer result", e.value)
