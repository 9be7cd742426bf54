def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def agen():
    x = await Suspend()
    yield x * 2
    y = await Suspend()
    yield y + 1

g = agen()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send(21)
except StopIteration as e:
    print("yielded", e.value)
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send(9)
except StopIteration as e:
    print("yielded", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("end")
