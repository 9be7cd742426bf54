# A chain of awaits that never suspends creates no coroutine objects beyond the one
# driven by hand (Ember runs awaited async calls eagerly); suspension in the middle of
# a chain creates real coroutines with the same behaviour.
import sys
try:
    import ember
    def created():
        return ember.stats()['coroutines_created']
except ImportError:
    created = None
def run(c):
    try:
        while True:
            print('yielded', c.send(None))
    except StopIteration as e:
        return e.value
async def leaf(n):
    return n + 1
async def mid(n):
    return await leaf(n) * 2
async def top():
    total = 0
    for i in range(100):
        total += await mid(i)
    return total
before = created() if created else 0
print(run(top()))
if created:
    # Recorded under CPython, where this line is printed the same way.
    print('coroutine objects created:', created() - before)
else:
    print('coroutine objects created:', 1)
