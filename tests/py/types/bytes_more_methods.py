# bytes methods with start/end, whitespace rules, hex/fromhex, translate, % and constructors.
b = b"hello world hello"
print(b.find(b"llo", 5), b.rfind(b"hello"), b.index(111), b.count(b"l", 3, -2), b.count(b""), b.find(97, 1), b.rindex(b"o", 0, 10))
print(b.split(b"o"), b.rsplit(b"l", 2), b.split(maxsplit=1), b.rsplit(None, 1), b"  a\tb\x0bc  ".split(), b"a\x1cb".split())
print(b"a\r\nb\rc\n".splitlines(), b"a\r\nb".splitlines(keepends=True), b"x\x0by".splitlines(), b.partition(b" "), b.rpartition(b"z"))
print(b.replace(b"", b"-", 3), b"aaaa".replace(b"aa", b"b"), b.startswith(b"wor", 6), b.endswith((b"lo",), 0, 5), b.startswith(b"", 17))
print(b"ab".center(7, b"*"), b"ab".ljust(4, bytearray(b"-")), b"ab".rjust(4), b"-1".zfill(4), b"\tx\ty".expandtabs(3))
print(b" \x0c x \n".strip(), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(bytearray(b"x")), b"abc".removesuffix(b"bc"), b"abc".removeprefix(b"x"))
print(b"aB1 \xff".swapcase(), b"hello wORLD".title(), b"hELLO".capitalize(), b"x\xe9".upper(), b"ABC\xc9".lower())
print(b"ab".isalpha(), b"a\xe9".isalpha(), b"".isspace(), b"AB1".isupper(), b"Ab Cd".istitle(), b"ab1".islower(), b"\x80".isascii())
print(b"abc".hex(), b"abcdef".hex(":", 4), b"abcdef".hex("-", -4), b"abc".hex(b"."), bytearray(b"\x00\x01").hex(" "))
print(bytes.fromhex(" 0a  0b "), bytearray.fromhex("4142"), b"".fromhex("41"), bytes.maketrans(b"ab", b"AB")[97:99])
print(b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"c", b"C"), delete=b"a"), bytearray(b"abc").translate(None))
print(b"%s|%5s|%-3b|%r|%a|%c%c|%d|%x|%05.1f|%%" % (b"x", b"ab", b"y", "é", b"q", 65, b"Z", 7, 255, 2.25))
print(b"%(k)s" % {b"k": b"v"}, b"%s" % memoryview(b"mv") if False else b"%s" % b"mv")
print(bytes(), bytes(2), bytes([1, 2]), bytes(range(3)), bytes("é", "utf-8"), bytes("ab", encoding="ascii"), bytes(source=b"s"))
print(bytearray(2), bytearray(b"x"), bytearray("é", "latin-1"), bytearray(range(65, 68)), bytes(bytearray(b"q")), bytearray(bytearray(b"w")))
class BB:
    def __bytes__(self):
        return b"custom"
print(bytes(BB()), b"%s" % BB(), b"ab".decode(), bytearray(b"\xc3\xa9").decode("utf-8"), b"ab".decode(errors="strict"))
