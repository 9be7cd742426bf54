# Every kind of division by zero.
ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
       lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: divmod(1.0, 0.0),
       lambda: (2 ** 100) // 0, lambda: (2 ** 100) % 0, lambda: 1j / 0, lambda: 0 / 0]
for op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print(e)
