# bytes() from ints, iterables, strings and buffers.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes.fromhex("00ff"), bytes((1, 2)))
print(b"abc"[0], b"abc"[1:], b"abc"[::-1], list(b"az"), b"x" * 3, len(b"\x00\x00"))
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"),
            lambda: bytes(-1), lambda: bytes(["a"]), lambda: bytes.fromhex("zz")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(bytes(range(0, 256, 17))))
