def g():
    yield
async def c():
    pass
async def ag():
    yield
for obj in (g(), c()):
    try:
        obj.send(1)
    except TypeError as e:
        print(e)
    obj.close()
a = ag()
try:
    a.asend(1).send(None)
except TypeError as e:
    print(e)
