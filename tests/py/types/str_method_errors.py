# CPython's argument errors of str methods.
for call in (lambda: "a".find(), lambda: "a".find("a", 1, 2, 3), lambda: "a".find(x=1), lambda: "a".split(x=1), lambda: "a".upper(1),
             lambda: "a".zfill(), lambda: "a".center(), lambda: "a".ljust(3, 1), lambda: "a".strip(1), lambda: "a".replace(1, 2),
             lambda: "a".partition(""), lambda: "a".removeprefix(1), lambda: str.maketrans(1), lambda: str.maketrans("a", "bc"),
             lambda: "a".encode(1), lambda: str.upper(1), lambda: "a".join(1), lambda: "a".join([b"x"]), lambda: "a".startswith(("a", 1)),
             lambda: "a".count("a", "b"), lambda: "a".split(""), lambda: "a".rsplit(1), lambda: "a".expandtabs("x"),
             lambda: "abc".translate({97: 1.5}), lambda: "abc".translate({97: 0x110000}), lambda: str.maketrans({"ab": 1}), lambda: "x".center(2, "")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
