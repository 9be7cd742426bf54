# Errors from converting between types.
cases = [lambda: int([]), lambda: float({}), lambda: str(1, "utf-8"), lambda: list(5),
         lambda: tuple(None), lambda: dict(5), lambda: set(1.5), lambda: bytes(1.5),
         lambda: chr(1.5), lambda: "%d" % "s", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"),
         lambda: "{:d}".format("s"), lambda: bool.__new__(bool, 1) + "x"]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
