# Building strs with lone surrogates: +, +=, * and join.
s = ""
for n in range(0xdc7e, 0xdc83):
    s += chr(n)
    s += "-"
print(ascii(s), len(s))
t = "a" + "\ud800"
t += "b"
t += "\udfff"
print(ascii(t), len(t))
print(ascii("\ud800" * 3), len("\ud800" * 3), ascii("\ud800" * 0))
print(ascii("|".join(["\ud800", "x", "\udc00"])))
print(ascii("\udc80".join("abc")))
print(ascii("".join([chr(0xd83d), chr(0xde00)])) == ascii("\ud83d\ude00"))
parts = []
for c in "h\udce9llo":
    parts.append(c.upper() if c.isascii() else c)
print(ascii("".join(parts)))
u = "plain"
u += "\ud800"
u += "more"
print(ascii(u), len(u), u.endswith("more"))
