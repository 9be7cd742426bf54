# str.encode, bytes.decode and str(bytes, encoding) with codecs and error handlers.
print("Hello".encode("utf-16"), "Hi".encode("utf-16-le"), "é".encode("utf-32-be"), "€".encode("latin-1", "xmlcharrefreplace"))
print("a€b".encode("ascii", "backslashreplace"), b"\xff\xfeH\x00".decode("utf-16"), b"a\xffb".decode("ascii", "backslashreplace"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xe2\x82\xac\xff".decode("utf-8", "ignore"), b"caf\xe9".decode("latin-1"))
for bad in (lambda: "é€".encode("ascii"), lambda: "a€€b".encode("latin-1"), lambda: b"a\xe2\x82".decode(), lambda: b"\xe2(".decode(),
            lambda: b"\xc0\x80".decode(), lambda: "x".encode("nope"), lambda: "é".encode("ascii", "bogus"), lambda: b"\x80".decode("ascii")):
    try:
        print(bad())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xff", "latin-1"), str(b"\xff", errors="replace"), str(object="x"), repr(str(bytearray(b"q"), "utf-8")))
try:
    str("x", "utf-8")
except TypeError as e:
    print("TypeError", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError", e)
print("abc".__len__(), "ab".__contains__("b"), "é" in "café", "" in "", "x".__getnewargs__())
