"""Coroutines: async def/await tasks on a hand-written round-robin scheduler, no asyncio."""
import sys
from collections import deque


class Pause:
    """Awaiting this suspends the task until the scheduler resumes it."""

    def __await__(self):
        yield self


class Channel:
    """An unbounded queue whose receivers pause until an item arrives."""

    def __init__(self):
        self.items = deque()

    def send(self, item):
        self.items.append(item)

    async def receive(self):
        while not self.items:
            await Pause()
        return self.items.popleft()


def run_all(coroutines):
    """Drive every coroutine with send(None) in turn; return their results in order."""
    ready = deque(enumerate(coroutines))
    results = [None] * len(coroutines)
    while ready:
        index, coroutine = ready.popleft()
        try:
            coroutine.send(None)
        except StopIteration as finished:
            results[index] = finished.value
        else:
            ready.append((index, coroutine))
    return results


async def fib(n):
    """Deep chains of awaits without suspension."""
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def producer(channel, count, consumers):
    for i in range(count):
        channel.send(i)
        if i % 8 == 0:
            await Pause()
    for _ in range(consumers):
        channel.send(None)
    return count


async def consumer(channel, factor):
    received = weighted = 0
    while True:
        item = await channel.receive()
        if item is None:
            return received, weighted
        received += item
        weighted += item * factor
        await Pause()


def workload(count):
    channel = Channel()
    tasks = [producer(channel, count, 3)] + [consumer(channel, f) for f in (1, 2, 3)]
    tasks.append(fib(22))
    produced, *consumed, fib_value = run_all(tasks)
    if sum(received for received, _ in consumed) != sum(range(produced)):
        raise SystemExit("coroutines: items were lost between producer and consumers")
    return produced, sum(weighted for _, weighted in consumed), fib_value


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 21
for _ in range(loops):
    result = workload(50000)
if result != (50000, 2499933333, 17711):
    raise SystemExit(f"coroutines: wrong result {result}")
print("coroutines: produced %d, weighted sum %d, fib %d" % result)
