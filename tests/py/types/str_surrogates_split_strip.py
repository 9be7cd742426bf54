# Splitting, stripping, padding and translating text with lone surrogates.
s = "  \ud800 a\udc80\n\udfff b  "
print(ascii(s.split()), ascii(s.rsplit(None, 1)), ascii(s.strip()))
print(ascii(s.lstrip()), ascii(s.rstrip()), ascii(s.splitlines()))
print(ascii("\ud800x\ud800".strip("\ud800")), ascii("\ud800x\ud801".strip("\ufffd")))
print(ascii("\udc80".center(5, "*")), ascii("\udc80".ljust(3)), ascii("\udc80".rjust(3, "-")))
print(ascii("-\ud800".zfill(4)), ascii("\ud800\tx".expandtabs(4)))
print(ascii("x".center(5, "\ud800")))
table = str.maketrans({"a": "\ud800", "\udc80": "b"})
print(ascii("a\udc80c".translate(table)))
print(ascii("a\udc80c".translate({0xdc80: 0xd800, ord("c"): None})))
print(ascii(str.maketrans("\ud800", "x")))
print(ascii("a\ud800b".split("\ud800", 1)), ascii("\ud800".split("x")))
print(ascii(" \ud800 ".partition(" ")))
