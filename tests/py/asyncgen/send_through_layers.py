def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        got = yield "outer-loop"
        return got

async def leaf():
    return await Suspend()

async def agen():
    for i in range(2):
        v = await leaf()
        yield (i, v)

g = agen()
for i in range(2):
    aw = g.asend(None)
    print(aw.send(None))
    try:
        aw.send("sent%d" % i)
    except StopIteration as e:
        print("yielded", e.value)
