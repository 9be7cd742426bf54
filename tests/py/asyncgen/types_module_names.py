import types

async def agen():
    yield 1

async def coro():
    pass

def gen():
    yield

g, c, ge = agen(), coro(), gen()
print(type(g) is types.AsyncGeneratorType, types.AsyncGeneratorType.__name__)
print(type(c) is types.CoroutineType, type(ge) is types.GeneratorType)
print(isinstance(g, types.AsyncGeneratorType), isinstance(g, types.GeneratorType))
for name in ("asend", "athrow", "aclose", "__anext__", "__aiter__", "ag_await", "ag_frame", "ag_running", "ag_code"):
    print(name, hasattr(types.AsyncGeneratorType, name) or hasattr(g, name))
c.close()
