# TextIOWrapper encodings and error handlers, reading and writing.
P = "/tmp/ember-io-text_encodings.txt"
text = "plain ascii, café, naïve, € and 😀\n"

for enc in ["utf-8", "UTF-8", "utf8", "latin-1", "iso-8859-1", "ascii", "utf-8-sig", "utf-16", "utf-32-le", "locale", None]:
    try:
        with open(P, "w", encoding=enc) as f:
            print(enc, "encoding attr", f.encoding, f.errors)
            f.write(text)
    except UnicodeEncodeError as e:
        print(enc, "write error:", e)
    with open(P, "rb") as f:
        print(enc, f.read()[:24])
    try:
        with open(P, encoding=enc) as f:
            print(enc, repr(f.read()))
    except UnicodeDecodeError as e:
        print(enc, "read error:", e)

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "namereplace-not"]:
    try:
        with open(P, "w", encoding="ascii", errors=errors) as f:
            f.write("aé€b\n")
        with open(P, "rb") as f:
            print(errors, f.read())
    except (UnicodeEncodeError, LookupError) as e:
        print(errors, type(e).__name__, e)

with open(P, "wb") as f:
    f.write(b"ok \xff\xfe bad \xc3\xa9 \xe2\x82 end\n")
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        with open(P, encoding="utf-8", errors=errors) as f:
            s = f.read()
            print(errors, ascii(s), len(s))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e.reason, e.start, e.end)
with open(P, encoding="latin-1") as f:
    print(ascii(f.read()))
with open(P, encoding="ascii", errors="replace") as f:
    print(ascii(f.readline()))

# surrogateescape round trip
with open(P, encoding="utf-8", errors="surrogateescape") as f:
    s = f.read()
with open(P, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(s)
with open(P, "rb") as f:
    print(f.read())

# the BOM of utf-8-sig is written once and skipped on reading
with open(P, "w", encoding="utf-8-sig") as f:
    f.write("one\n")
    f.write("two\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-8-sig") as f:
    print(f.readlines())
with open(P, encoding="utf-8") as f:
    print(ascii(f.read()))
with open(P, "a", encoding="utf-8-sig") as f:
    f.write("three\n")
with open(P, "rb") as f:
    print(f.read())

# multi-byte characters split across read chunks
long = "é" * 5000 + "€" * 3000 + "😀" * 2000 + "\n"
with open(P, "w", encoding="utf-8") as f:
    f.write(long)
with open(P, encoding="utf-8") as f:
    got = f.read()
print(got == long, len(got))
with open(P, encoding="utf-8") as f:
    parts = []
    while True:
        c = f.read(777)
        if not c:
            break
        parts.append(c)
print("".join(parts) == long, [len(p) for p in parts][:3], len(parts))
try:
    open(P, encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
with open(P, "w", encoding="utf-8") as f:
    try:
        f.write("\ud800")
    except UnicodeEncodeError as e:
        print(e)
