# encode, len, iteration, comparisons, in, multiplication of str.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("latin-1", "replace"), "abc".encode("ascii"), len(s), len(s.encode()))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(b"h\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xff".decode("utf-8", "replace"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(str(b"bytes"), str(12), str(1.5), str([1]), str(None), str())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
