# Searching text that holds lone surrogates: in, find, index, count, startswith.
s = "ab\ud800cd\ud800\U0001f600\udc00"
print("\ud800" in s, "\udc00" in s, "\ud83d" in s, "\ufffd" in s)
print(s.find("\ud800"), s.rfind("\ud800"), s.find("\ud800", 3), s.find("\ude00"))
print(s.index("cd"), s.rindex("\udc00"), s.count("\ud800"), s.count("\ufffd"))
print(s.startswith("ab\ud800"), s.startswith("ab\ufffd"), s.endswith("\udc00"))
print(s.startswith(("x", "ab\ud800")), s.endswith("\ud800", 0, 6))
try:
    s.index("\udfff")
except ValueError as e:
    print(type(e).__name__, e)
print(ascii(s.replace("\ud800", "-")), ascii(s.replace("cd", "\udfff")))
print(ascii(s.partition("\ud800")), ascii(s.rpartition("\ud800")))
print(ascii(s.split("\ud800")), ascii(s.rsplit("\ud800", 1)))
print(ascii("a\ud800 b\udc00  c".split()))
print("\ufffd" not in "\ud800", "\ud800" not in "\ufffd")
print(ascii("x\ud800y".removeprefix("x\ud800")), ascii("x\ud800y".removesuffix("\ud800y")))
