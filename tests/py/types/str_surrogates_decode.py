# bytes.decode producing lone surrogates: surrogateescape and surrogatepass.
data = [b"ab\xff\xfe", b"\xed\xa0\x80", b"\xed\xb2\x80x", b"\xed\xa0", b"\x80abc\xc3"]
for b in data:
    for h in ("strict", "surrogateescape", "surrogatepass", "replace", "backslashreplace"):
        try:
            print(b, h, ascii(b.decode("utf-8", h)))
        except UnicodeDecodeError as e:
            print(b, h, type(e).__name__, e)
raw = bytes(range(0x7e, 0x84))
s = raw.decode("ascii", "surrogateescape")
print(ascii(s), len(s), s.encode("ascii", "surrogateescape") == raw)
print(ascii(raw.decode("latin-1", "surrogateescape")))
try:
    raw.decode("ascii", "surrogatepass")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(ascii(b"\x00\xd8a\x00".decode("utf-16-le", "surrogatepass")))
print(ascii(b"\x3d\xd8\x00\xde".decode("utf-16-le", "surrogatepass")))
print(ascii(b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogatepass")))
try:
    b"\x00\xd8\x00\x00".decode("utf-32-le")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(ascii(str(b"\xe9t\xe9", "utf-8", "surrogateescape")))
