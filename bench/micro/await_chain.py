# A deep chain of awaits that never suspends (issue 4's eager-evaluation check): each
# of 250000 steps awaits through 10 async functions.
async def level(n, x):
    if n == 0:
        return x + 1
    return await level(n - 1, x)


async def main():
    total = 0
    for i in range(250000):
        total += await level(10, i)
    return total


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise SystemExit("the chain suspended")


result = run(main())
assert result == 31250125000, result
print(result)
