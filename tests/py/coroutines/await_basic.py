# async def / await driven by hand: return values, nested awaits, a custom awaitable
# that suspends, and exceptions through awaits.
def run(c):
    try:
        while True:
            print('yielded', c.send(None))
    except StopIteration as e:
        return e.value
async def double(x):
    return x * 2
async def main():
    a = await double(1)
    return a + await double(2)
print(run(main()))
class Suspend:
    def __await__(self):
        got = yield 'suspend'
        return 7
async def uses_custom():
    return await Suspend()
print(run(uses_custom()))
async def deep(n):
    return 0 if n == 0 else 1 + await deep(n - 1)
print(run(deep(200)))
async def raiser():
    raise ValueError('boom')
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return 'caught ' + str(e)
print(run(catcher()))
async def method_owner():
    class K:
        async def m(self, v):
            return v + 1
    return await K().m(1)
print(run(method_owner()))
