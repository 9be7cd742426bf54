def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1

g = agen()
aw = g.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("got", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
