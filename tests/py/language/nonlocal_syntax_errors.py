cases = [
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f(a):\n    nonlocal a",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return C",
    "def f():\n    def g():\n        print(x)\n        nonlocal x\n    x = 1",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
