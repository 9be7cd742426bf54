# unsupported operand type(s) for every binary operator.
pairs = [(1, "a"), ("a", 1.5), ([1], 1), (None, None), ({}, {}), (1j, "x"), ((1,), 2.0)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
       ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), ("&", lambda a, b: a & b),
       ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("@", lambda a, b: a @ b)]
for sym, op in ops:
    for a, b in pairs[:3] if sym != "*" else pairs[3:]:
        try:
            op(a, b)
            print(sym, "ok")
        except TypeError as e:
            print(sym, "TypeError", e)
