# await, async for and async with outside async functions are SyntaxErrors.
for src in ['await x', 'def f():\n    await x', 'def f():\n    [await x for x in y]',
            'def f():\n    async for x in y: pass', 'def f():\n    async with x: pass',
            'async def f():\n    yield from x', 'def f():\n    [x async for x in y]',
            'class C:\n    await x', 'f = lambda: await x', '[x async for x in y]']:
    try:
        compile(src, 'm', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno)
