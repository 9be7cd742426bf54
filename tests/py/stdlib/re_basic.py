# re driven through the standard library: match, search, findall, finditer, sub with
# templates and callables, split, flags, lookarounds, backreferences, named groups.
import re

print(re.match(r"(\d+)-(\d+)", "12-345 x").groups())
print(re.search(r"(?P<word>[a-z]+)(?=\d)", "AB cd ef9").group("word"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3d"))
print([m.span() for m in re.finditer(r"\bis\b", "this is his island, is it")])
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1, b=2"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.subn(r"o", "0", "foo boo", count=3))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"x*", "axbc"), re.split(r"\s+", " a b ", maxsplit=1))
print(re.fullmatch(r"[A-Z]\w*", "Hello"), re.fullmatch(r"[A-Z]\w*", "Hello!"))
print(re.findall(r"^\w+$", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S))
print(re.findall(r"hello", "Hello HELLO hello", re.I), re.findall(r"straße", "STRASSE Straße", re.I))
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $42.50").group(), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"))
print(re.search(r"(\w+) \1", "hello hello world").group(1), re.search(r"(?i)(a)\1", "aA").span())
print(re.match(r"(a)?(?(1)b|c)", "c").group(), re.match(r"(a)?(?(1)b|c)", "ab").group())
print(re.findall(r"\w+", "naïve café 東京 x_1"), re.findall(r"\w+", "naïve café", re.A))
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"(\w)", rb"<\1>", b"ab"))
print(re.compile(r"(?P<first>\w+) (?P<last>\w+)").groupindex["last"])
m = re.search(r"(?P<a>x)(?P<b>y)?", "zx")
print(m, m.lastindex, m.lastgroup, m.groupdict("-"), m.span("a"), m.regs, m[0], m["a"])
print(re.escape("a.b*c"), re.purge(), re.compile("a+") == re.compile("a+"))
print(re.search(r"a{2,}?", "aaaa").span(), re.search(r"(?:ab){2}", "abababx").span())
print(re.match(r"(?>a+)ab", "aaab"), re.match(r"a*+b", "aaab").span(), re.match(r"(?:a|b)*+b", "ab"))
print(len(re.match(r"(?:a|b)*", "ab" * 100000).group()))
for bad in [lambda: re.compile("(a"), lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
            lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").group("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
