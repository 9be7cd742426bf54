# await inside comprehensions of an async function.
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def double(x):
    return 2 * x
async def main():
    a = [await double(i) for i in range(4)]
    b = {i: await double(i) for i in range(2)}
    c = {await double(i) for i in range(3)}
    return a, b, sorted(c)
print(run(main()))
