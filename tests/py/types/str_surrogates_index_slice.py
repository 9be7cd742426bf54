# Indexing, slicing and iterating over text with lone surrogates.
s = "a\ud800b\U0001f600\udc80c"
print(len(s))
for i in range(-len(s), len(s)):
    print(i, ascii(s[i]))
print(ascii(s[1:4]), ascii(s[::2]), ascii(s[::-1]))
print(ascii(s[-2:]), ascii(s[:2]), ascii(s[2:2]))
print(ascii(list(s)))
print(ascii([c for c in reversed(s)]))
print(ascii(tuple("\ud800\udc00")))
try:
    s[len(s)]
except IndexError as e:
    print(type(e).__name__, e)
print(ascii(s[1] + s[4]), s[1] + s[4] == "\ud800\udc80")
