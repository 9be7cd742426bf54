# ZeroDivisionError messages by operation and type.
def show(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
show(lambda: 5 / 0)
show(lambda: 5 // 0)
show(lambda: 5 % 0)
show(lambda: 5.0 / 0)
show(lambda: 5.0 // 0)
show(lambda: 5.0 % 0)
show(lambda: 5 / 0.0)
show(lambda: divmod(5, 0))
show(lambda: divmod(5.0, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1.5)
show(lambda: (1 + 1j) / 0)
show(lambda: pow(0, -2))
