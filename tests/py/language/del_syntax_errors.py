for src in ["del f()", "del 1", "del a + b", "del (a, 1)", "del *a", "del [a, *b]", "del a.b()", "del (yield)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
