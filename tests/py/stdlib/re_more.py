# re: unicode classes and case folding, bytes patterns, pos/endpos, scanners, template
# expansion, empty matches in sub/split/findall, Pattern and Match reprs and copies.
import re, copy

print(re.findall(r"\d", "1٣۳x"), re.findall(r"\d", "1٣۳x", re.A), re.findall(r"\s+", "a\u00a0b\u2003c"))
print(re.findall(r"[а-я]+", "Привет МИР мир", re.I), re.findall(r"ǅ", "Ǆǅǆ", re.I), re.findall(r"[k-m]", "K\u212aLm", re.I))
print(re.sub(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"), re.findall(r"\b", "ab cd"), re.split(r"\b", "ab cd"))
p = re.compile(r"(\w+)\s(\w+)")
m = p.search("  alpha beta gamma", 1, 14)
print(m, m.pos, m.endpos, m.expand(r"\2 \1 \g<0>"), m.start(1), m.end(2), m.span())
print(p.match("  alpha beta", 2), p.fullmatch("alpha beta"), p.search("alpha beta", endpos=7))
sc = p.scanner("a b c d e")
print(sc.match().group(), sc.search().group(), sc.search(), sc.pattern is p)
print(copy.copy(p) is p, copy.deepcopy(m) is m, re.Pattern[str], re.Match[bytes])
print(re.compile(r"x", re.I | re.S | re.X), re.compile(rb"x", re.I), re.compile("x", re.A))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"(?P<n>\d)", r"\g<n>\g<n>", "a1b2"))
print(re.findall(rb"[\x80-\xff]+", bytes(range(120, 140))), re.search(rb"(?i)\xc0", b"\xe0"))
print(re.match(r"(?i)[^a]", "A"), re.match(r"[^\W\d]+", "ab1").group(), re.findall(r"[\w-]+", "a-b c_d"))
print(re.search(r"(?m)$", "ab\ncd").span(), re.search(r"\Z", "ab\n").span(), re.search(r"$", "ab\n").span())
print(re.findall(r"(a|bc)*?d", "abcad ad"), re.findall(r"(?:(a)|(b))+", "abab"), re.match(r"(a*)+", "aa").groups())
print(re.findall(r"(?=(\w\w))", "abcd"), re.match(r"(?:a(?=b)|ac)+", "abac"))
print(re.split(r"(?<=,)", "a,b,c"), re.split("(x)?y", "ayxyb"))
print(bool(re.match(r"\u0130", "i\u0307", re.I)), re.findall(r"(?i)σ", "Σσς"))
