# Every binary operator over ints, bools, floats, big ints and complex numbers.
vals = [0, 1, -7, 3, True, False, 2 ** 70, -(3 ** 50), 0.0, -0.0, 2.5, -1.5, 1e308,
        float("inf"), float("nan"), 1j, 2 - 3j, complex(-0.0, 0.0)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
       ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("divmod", divmod), ("<", lambda a, b: a < b), ("==", lambda a, b: a == b)]
for sym, op in ops:
    out = []
    for a in vals:
        for b in vals:
            if sym in ("**", "<<") and isinstance(b, int) and b > 100:
                continue
            try:
                r = op(a, b)
                out.append(repr(r))
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
    print(sym)
    for i in range(0, len(out), 6):
        print("  " + " | ".join(out[i:i + 6]))
