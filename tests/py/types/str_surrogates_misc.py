# Other places a str with lone surrogates goes: containers, keywords, str() and int().
s = "\udc80"
print(ascii([s, (s,), {s: s}]))
print(ascii(repr([s])), ascii(str((s,))))
print(ascii(s.encode("utf-8", "surrogateescape")))
print(ascii(s.__len__()), s.__contains__("\udc80"), ascii(s.__getitem__(0)))
print(ascii(s.__add__("x")), s.__eq__("\udc80"), s.__hash__() == hash("\udc80"))
try:
    int("1\ud800")
except ValueError as e:
    print(type(e).__name__, ascii(str(e)))
try:
    float("\ud800")
except ValueError as e:
    print(type(e).__name__, ascii(str(e)))
def f(**kw):
    return kw
print(ascii(f(**{"\ud800": 1})))
d = dict.fromkeys(["\ud800", "\udc00"], 0)
print(ascii(list(d)), ascii(sorted(d, reverse=True)))
print(ascii(max("\ud800", "\udbff")), ascii("\ud800".__repr__()))
print(ascii(str(s) * 2), ascii(s.__mul__(2)))
