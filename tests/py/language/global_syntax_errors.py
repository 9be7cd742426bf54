cases = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(a):\n    global a",
    "def f():\n    global x\n    nonlocal x",
    "x = 1\nglobal x",
    "def f():\n    global x\n    global x\n    x = 2",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
