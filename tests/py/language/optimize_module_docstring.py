src = '"module doc"\nclass C:\n    "class doc"\n    def m(self):\n        "method doc"\n'
for opt in (0, 2):
    ns = {}
    exec(compile(src, "<s>", "exec", optimize=opt), ns)
    print(opt, ns.get("__doc__"), ns["C"].__doc__, ns["C"].m.__doc__)
