def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

src = """
async def f():
    yield 1
    return 2
"""
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)
compile("async def f():\n    yield 1\n    return\n", "<s>", "exec")
print("bare return ok")
try:
    compile("async def f():\n    return 3\n    yield\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)
