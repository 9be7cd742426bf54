# match inside a coroutine: await in the subject, in a guard and in a case body.
class suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def value(v):
    return v

async def classify(v):
    match await value(v):
        case [x, y] if await value(x) < y:
            return ("asc", x, y)
        case [x, y]:
            r = await suspend(("paused", x))
            return ("pair", x, y, r)
        case {"k": k}:
            return ("k", await value(k))
        case _:
            return "other"

def run(coro):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send("resumed")
    except StopIteration as e:
        out.append(e.value)
    return out

for v in [[1, 2], [2, 1], {"k": 3}, 4]:
    print(run(classify(v)))
