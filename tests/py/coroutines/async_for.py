# async for: __aiter__/__anext__, StopAsyncIteration ending the loop, else clauses,
# break, async comprehensions, and protocol errors.
def run(c):
    try:
        while True:
            print('yielded', c.send(None))
    except StopIteration as e:
        return e.value
class Suspend:
    def __await__(self):
        yield 'tick'
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        await Suspend()
        return self.i
async def main():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append('else')
    async for x in Counter(5):
        if x == 2:
            break
        out.append(x)
    else:
        out.append('not reached')
    out.append([y * 10 async for y in Counter(2)])
    out.append({y: y async for y in Counter(2) if y > 1})
    return out
print(run(main()))
class E:
    def __aiter__(self):
        return 1
class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
async def bad(it):
    async for x in it:
        pass
for it in (1, E(), F()):
    try:
        run(bad(it))
    except TypeError as e:
        print('TypeError:', e)
