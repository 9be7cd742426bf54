def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        v = yield "cleanup-step"
        return v

async def agen():
    try:
        yield 1
    finally:
        r = await Suspend()
        print("cleanup got", r)

g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
aw = g.aclose()
print(aw.send(None))
try:
    aw.send("ok")
except StopIteration as e:
    print("closed", e.value)
