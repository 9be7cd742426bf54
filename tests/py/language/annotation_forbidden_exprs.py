cases = [
    "x: (y := 1)",
    "x: (yield)",
    "def f(a: (yield)): pass",
    "async def f():\n    x: await y",
    "def f():\n    x: (yield) = 1",
    "class C:\n    x: (y := 2)",
]
for prefix in ("", "from __future__ import annotations\n"):
    for src in cases:
        try:
            compile(prefix + src, "<s>", "exec")
            print("ok")
        except SyntaxError as e:
            print(e.msg)
