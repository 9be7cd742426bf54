# The TypeErrors and RuntimeErrors of await and of coroutine objects, with CPython's
# messages.
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__, e)
async def a1():
    await 1
run(a1())
class B:
    def __await__(self):
        return 1
async def a2():
    await B()
run(a2())
async def g():
    return 1
c = g()
run(c)
async def a8():
    await c
run(a8())
c2 = g()
try:
    c2.send(1)
except TypeError as e:
    print(e)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(e)
async def h():
    raise StopIteration
try:
    h().send(None)
except RuntimeError as e:
    print(e)
