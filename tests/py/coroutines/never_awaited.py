# A coroutine object dropped without running warns on stderr, when it is freed.
import sys
async def f(x):
    return x
print('before')
f(3)
sys.stdout.flush()
print('after')
