# Common ValueError messages.
cases = [lambda: int("abc"), lambda: int("12g", 16), lambda: float("x1"), lambda: [1].index(2),
         lambda: "abc".index("d"), lambda: (1,).index(5), lambda: [].remove(1),
         lambda: "a,b".split(""), lambda: chr(-5), lambda: range(0, 1, 0),
         lambda: int("5", 99), lambda: bytes([300]), lambda: "x".center(-1, "ab")]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
