# An error raised after a suspended eager chain resumed shows every frame of the chain.
class Suspend:
    def __await__(self):
        yield
async def inner():
    await Suspend()
    raise ValueError('after resume')
async def middle():
    await inner()
async def outer():
    await middle()
c = outer()
c.send(None)
c.send(None)
