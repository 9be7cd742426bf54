async def agen():
    yield 1

def gen():
    yield from agen()

try:
    list(gen())
except TypeError as e:
    print(e)
