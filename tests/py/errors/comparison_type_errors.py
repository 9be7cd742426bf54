# '<' not supported between instances ... for each ordering operator.
pairs = [(1, "a"), ("a", None), ([1], 1), ({}, {}), (1j, 1j), (None, None)]
ops = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b),
       (">=", lambda a, b: a >= b)]
for a, b in pairs:
    for sym, op in ops:
        try:
            op(a, b)
        except TypeError as e:
            print("TypeError", e)
