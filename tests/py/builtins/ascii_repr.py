# ascii() and repr() of strings and containers.
print(ascii("abc"), ascii("é"), ascii("日本"), ascii("😀"), ascii("\n"), ascii(["é", 1]))
print(repr("é"), repr("日本"), repr("\x00"), repr(["é"]), repr({"k": "ü"}))
print(ascii(1.5), ascii(None), ascii(b"\xff"), ascii(("ß",)))
print(repr(repr("q")), repr(str(5)), repr(1e-7))
