# Bytes literals and their escapes.
print(b"abc", B"ABC", b'x', b"")
print(b"\x00\x01\xff", b"\n\t\r", b"\\")
print(b"\101\102", b"\a\b\f\v")
print(b"a'b", b'a"b', b"a'b\"c")
print(list(b"hi\x80"))
print(len(b"\xff\xfe"), b"ab" b"cd")
print(type(b"").__name__, b"\x7f", b"~")
print(b'''multi
line''')
