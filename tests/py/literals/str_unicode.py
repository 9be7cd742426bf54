# Non-ASCII strings: length, indexing, repr.
s = "héllo wörld"
print(s, len(s), s[1], s[-4])
print(repr("日本語"), len("日本語"))
print("ß".upper(), "İ".lower() == "i̇")
print(repr("\u200b"), repr("\xa0"), repr("\x7f"), repr("\x1b"))
print(repr("é"), ascii("é"), ascii("日"), ascii("😀"))
print("😀" * 3)
print("αβγ"[::-1])
