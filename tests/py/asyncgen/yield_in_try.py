def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        yield "handled " + str(e)
    else:
        yield "else"
    finally:
        yield "finally"

async def main():
    return [x async for x in agen()]

print(run(main()))
