# bytes methods mirror str's.
b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111))
print(b.split(b", "), b.split(), b"a b  c".split(), b"x,y".partition(b","))
print(b.replace(b"l", b"L"), b.startswith(b"He"), b.endswith((b"d", b"x")))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"hi".center(6, b"*"), b"7".zfill(3))
print(b"-".join([b"a", b"b"]), b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x01\xff".hex(":"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"  ".isspace(), b"Ab".istitle())
print(b"a\tb".expandtabs(4), b"line1\nline2".splitlines(), b"abc".removeprefix(b"a"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"%d-%s" % (5, b"x"), b"ab".decode(), b"ab".isascii(), b"ABC".islower())
