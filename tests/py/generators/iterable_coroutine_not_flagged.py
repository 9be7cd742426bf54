def plain():
    yield 1

async def main():
    await plain()

c = main()
try:
    c.send(None)
except TypeError as e:
    print(e)
