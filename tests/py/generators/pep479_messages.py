def gen():
    yield 1
    raise StopIteration("inner")

try:
    list(gen())
except RuntimeError as e:
    print(e, "|", repr(e.__cause__), e.__suppress_context__)

async def coro():
    raise StopIteration

try:
    coro().send(None)
except RuntimeError as e:
    print(e)
