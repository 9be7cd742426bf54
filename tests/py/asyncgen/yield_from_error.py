def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

try:
    compile("async def f():\n    yield from [1]\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)
