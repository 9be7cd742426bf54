# Equality, ordering and hashing of strs holding lone surrogates.
a = "x\ud800"
b = "x" + chr(0xd800)
print(a == b, a != b, hash(a) == hash(b))
print("\ud800" < "\ud801", "\ud7ff" < "\ud800", "\udfff" < "\ue000")
print("\udfff" < "\U00010000", "\ud800" < "\uffff", "\ud800" > "z")
words = ["\ue000", "\ud800", "a", "\U00010000", "\udc00", "\ud7ff"]
print(ascii(sorted(words)))
print(ascii(max(words)), ascii(min(words)))
d = {a: 1, "plain": 2}
print(d[b], b in d, "x\ud801" in d)
d[b] = 3
print(len(d), d[a])
s = {a, b, "x\ufffd"}
print(len(s))
print("x\ufffd" == a, hash("plain") == hash("pla" + "in"))
print(a is not b, a == "x\ud800")
