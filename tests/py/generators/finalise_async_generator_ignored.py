async def agen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignore")

g = agen()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
del g
print("after")
