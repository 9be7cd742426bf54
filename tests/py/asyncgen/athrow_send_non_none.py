def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1

g = agen()
aw = g.athrow(ValueError)
try:
    aw.send("x")
except RuntimeError as e:
    print(e)
aw = g.aclose()
try:
    aw.send(None)
except StopIteration:
    print("closed quietly")
