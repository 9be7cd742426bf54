for src in ["*a = 1", "a, *b, *c = d", "*a, = x", "[*a] = x", "(*a) = x", "print(*a for a in b)", "*a", "x = *a", "a += *b,"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
