def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        try:
            yield "s"
        except KeyError:
            print("awaitable saw KeyError")
            raise

async def agen():
    try:
        await Suspend()
    except KeyError:
        yield "caught in agen"

g = agen()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.throw(KeyError)
except StopIteration as e:
    print("value", e.value)
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
