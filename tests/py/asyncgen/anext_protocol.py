def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield "a"
    yield "b"

g = agen()
print(type(g).__name__)
print(g.__aiter__() is g)
aw = g.__anext__()
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration as e:
    print("done", type(e).__name__, e.args)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("still done")
