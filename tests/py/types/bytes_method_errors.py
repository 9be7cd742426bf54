# CPython's errors for bytes and bytearray constructors, methods and item assignment.
def setitem(ba, v, step=1):
    ba[0:3:step] = v
for call in (lambda: bytes([256]), lambda: bytearray([256]), lambda: bytes("s"), lambda: bytes(1, "ascii"), lambda: bytes(b"x", "ascii"),
             lambda: bytes("a", errors="strict"), lambda: bytes(3.5), lambda: bytearray(None), lambda: bytes(-1), lambda: bytes(x=1),
             lambda: bytes.fromhex(b"00"), lambda: bytes.fromhex("0a0"), lambda: b"abc".hex("::"), lambda: b"abc".translate(b"x"),
             lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b"), lambda: b"a".center(3, b"xy"), lambda: b"a".center(3, "x"),
             lambda: b"abc".startswith("a"), lambda: b"abc".endswith(("a",)), lambda: b"a".find("a"), lambda: b"a".split("a"),
             lambda: b"a".join(["a"]), lambda: b"a".strip("a"), lambda: b"abc".index(b"z"), lambda: b"abc".count(300), lambda: b"a".split(b""),
             lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(3), lambda: bytearray(b"a").remove(b"a"),
             lambda: bytearray(b"a").insert(0, 300), lambda: bytearray(b"a").append("a"), lambda: bytearray(b"a").extend(1),
             lambda: bytearray(b"a").extend("ab"), lambda: bytearray(b"a").extend([300]), lambda: b"a".decode("foo"), lambda: b"\xff".decode("ascii", "x"),
             lambda: b"ab".decode(1), lambda: b"%c" % 256, lambda: b"%s" % 1, lambda: b"%c" % "a", lambda: b"%d" % b"1", lambda: b"%y" % 1,
             lambda: setitem(bytearray(b"a"), 5), lambda: setitem(bytearray(b"abc"), b"xyz", 2),
             lambda: bytearray(b"ab").__setitem__("x", 1), lambda: bytearray(b"ab").__setitem__(5, 1), lambda: bytearray(b"ab").__setitem__(0, 256),
             lambda: bytearray(b"ab").__delitem__(9), lambda: b"a"[5], lambda: b"a".upper(1), lambda: b"a".zfill(), lambda: bytearray(b"ab").pop(1, 2)):
    try:
        print(call())
    except (TypeError, ValueError, IndexError, LookupError, OverflowError) as e:
        print(type(e).__name__, e)
