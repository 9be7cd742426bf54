# Awaited calls that suspend partway: values sent in reach the innermost await, results
# flow back up, throw() reaches the innermost frame, tracebacks show every frame.
class Suspend:
    def __await__(self):
        x = yield 'tick'
        return x
async def sleepy(n):
    v = await Suspend()
    return (n, v)
async def chain(n):
    r = await sleepy(n)
    return ('chain', r)
async def outer():
    a = await chain(1)
    b = await chain(2)
    return a, b
c = outer()
print(c.send(None))
print(c.send('first'))
try:
    c.send('second')
except StopIteration as e:
    print('result', e.value)
async def failing():
    raise KeyError('deep')
async def f2():
    return await failing()
async def f1():
    return await f2()
try:
    f1().send(None)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('traceback', names)
async def thrower():
    try:
        await Suspend()
    except ValueError as e:
        return 'caught ' + str(e)
async def wrap():
    return await thrower()
w = wrap()
print(w.send(None))
try:
    w.throw(ValueError('x'))
except StopIteration as e:
    print(e.value)
async def rec(n):
    if n == 0:
        return 0
    return 1 + await rec(n - 1)
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(rec(500)))
try:
    run(rec(5000))
except RecursionError:
    print('RecursionError')
async def suspends_in_loop():
    out = []
    for i in range(3):
        out.append(await sleepy(i))
    return out
s = suspends_in_loop()
v = s.send(None)
n = 0
try:
    while True:
        n += 1
        v = s.send(n)
except StopIteration as e:
    print(e.value)
