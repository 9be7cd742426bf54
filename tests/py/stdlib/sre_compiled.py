# _sre.compile driven directly with the opcode lists that CPython 3.11's re._compiler makes
# (search, match, fullmatch, findall, finditer, split, sub, subn, groups, errors).
import _sre
P = []
P.append(_sre.compile('a(b|c)*d', 32, [14, 8, 1, 2, 4294967295, 1, 1, 97, 0, 16, 97, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 98, 99, 0, 17, 1, 18, 16, 100, 1], 1, {}, (None, None)))
P.append(_sre.compile('(\\w+)@(\\w+)\\.com', 32, [14, 4, 0, 7, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 64, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 16, 46, 16, 99, 16, 111, 16, 109, 1], 2, {}, (None, None, None)))
P.append(_sre.compile('(?P<first>\\w+) (?P<last>\\w+)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1], 2, {'first': 1, 'last': 2}, (None, 'first', 'last')))
P.append(_sre.compile('\\d+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('a.*b', 32, [14, 8, 1, 2, 4294967295, 1, 1, 97, 0, 16, 97, 24, 5, 0, 4294967295, 2, 1, 16, 98, 1], 0, {}, (None,)))
P.append(_sre.compile('a.*?b', 32, [14, 8, 1, 2, 4294967295, 1, 1, 97, 0, 16, 97, 26, 5, 0, 4294967295, 2, 1, 16, 98, 1], 0, {}, (None,)))
P.append(_sre.compile('(a|b)*c', 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1], 1, {}, (None, None)))
P.append(_sre.compile('^abc$', 40, [14, 4, 0, 3, 3, 6, 1, 16, 97, 16, 98, 16, 99, 6, 6, 1], 0, {}, (None,)))
P.append(_sre.compile('HeLLo', 34, [14, 4, 0, 5, 5, 40, 104, 40, 101, 40, 108, 40, 108, 40, 111, 1], 0, {}, (None,)))
P.append(_sre.compile('(?<=foo)bar', 32, [14, 4, 0, 3, 3, 4, 9, 3, 16, 102, 16, 111, 16, 111, 1, 16, 98, 16, 97, 16, 114, 1], 0, {}, (None,)))
P.append(_sre.compile('(?<!foo)bar', 32, [14, 4, 0, 3, 3, 5, 9, 3, 16, 102, 16, 111, 16, 111, 1, 16, 98, 16, 97, 16, 114, 1], 0, {}, (None,)))
P.append(_sre.compile('x(?=y)', 32, [14, 8, 1, 1, 1, 1, 1, 120, 0, 16, 120, 4, 5, 0, 16, 121, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('x(?!y)', 32, [14, 8, 1, 1, 1, 1, 1, 120, 0, 16, 120, 5, 5, 0, 16, 121, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('(a)(b)?', 32, [14, 8, 1, 1, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 1], 2, {}, (None, None, None)))
P.append(_sre.compile('(\\w)\\1', 32, [14, 7, 4, 2, 2, 8, 14, 0, 17, 0, 13, 4, 8, 14, 0, 17, 1, 11, 0, 1], 1, {}, (None, None)))
P.append(_sre.compile('(?i)(\\w)\\1', 34, [14, 7, 4, 2, 2, 8, 14, 0, 17, 0, 13, 4, 8, 14, 0, 17, 1, 38, 0, 1], 1, {}, (None, None)))
P.append(_sre.compile('(?:ab)+?c', 32, [14, 4, 0, 3, 4294967295, 23, 7, 1, 4294967295, 16, 97, 16, 98, 19, 16, 99, 1], 0, {}, (None,)))
P.append(_sre.compile('(?>a+)b', 32, [14, 4, 0, 2, 4294967295, 27, 9, 24, 6, 1, 4294967295, 16, 97, 1, 1, 16, 98, 1], 0, {}, (None,)))
P.append(_sre.compile('a++b', 32, [14, 4, 0, 2, 4294967295, 29, 6, 1, 4294967295, 16, 97, 1, 16, 98, 1], 0, {}, (None,)))
P.append(_sre.compile('(?:ab)*+c', 32, [14, 4, 0, 1, 4294967295, 28, 7, 0, 4294967295, 16, 97, 16, 98, 1, 16, 99, 1], 0, {}, (None,)))
P.append(_sre.compile('[^a-z]+', 32, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 21, 22, 97, 122, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('[а-я]+', 34, [14, 4, 0, 1, 4294967295, 24, 13, 1, 4294967295, 39, 8, 22, 1072, 1103, 22, 7296, 7302, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('\\bfoo\\b', 32, [14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1], 0, {}, (None,)))
P.append(_sre.compile('\\Bfoo', 32, [14, 4, 0, 3, 3, 6, 11, 16, 102, 16, 111, 16, 111, 1], 0, {}, (None,)))
P.append(_sre.compile('(a)?(?(1)b|c)', 32, [14, 4, 0, 1, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], 1, {}, (None, None)))
P.append(_sre.compile('a{2,3}', 32, [14, 4, 0, 2, 3, 24, 6, 2, 3, 16, 97, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('(?:a{2}){2,}', 32, [14, 4, 0, 4, 4294967295, 23, 10, 2, 4294967295, 24, 6, 2, 2, 16, 97, 1, 18, 1], 0, {}, (None,)))
P.append(_sre.compile('\\s+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('[\\u0100-\\uffff]', 32, [14, 8, 4, 1, 1, 22, 256, 65535, 0, 13, 5, 22, 256, 65535, 0, 1], 0, {}, (None,)))
P.append(_sre.compile(b'\\d+', 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 0, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile(b'[a-c]+', 2, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 31, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('', 32, [14, 4, 0, 0, 0, 1], 0, {}, (None,)))
P.append(_sre.compile('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('.', 48, [14, 4, 0, 1, 1, 3, 1], 0, {}, (None,)))

subjects = ["abcbd", "x joe@site.com y", "John Smith", "ab 123 c45", "xxaxxbxxb", "abababc", "abc\nabc", "hello HELLO",
            "foobar bar", "xy xz", "ab a", "aa bb Bb", "abababac", "aaab", "ababc", "Ab12", "Привет", "a foo foox", "ab c",
            "aaaaa", "\u0100x", "", "x\ny"]
for p in P:
    print(repr(p), p.groups, dict(p.groupindex))
    for s in subjects:
        if isinstance(p.pattern, bytes):
            s = s.encode("utf-8")
        m = p.search(s)
        print(" ", repr(s), m and (m.span(), m.group(), m.groups(), m.lastindex, m.lastgroup, m.groupdict()),
              p.match(s) is not None, p.fullmatch(s) is not None)
        print("   ", p.findall(s), [mm.span() for mm in p.finditer(s)], p.split(s), p.sub(lambda m: "<" + m.group().upper() + ">" if isinstance(m.group(), str) else b"<>", s), p.subn("-" if isinstance(s, str) else b"-", s, 2))
m = P[2].search("x John Smith y")
print(m, m["first"], m.group(1, "last"), m.start(2), m.end("last"), m.span(0), m.regs, m.pos, m.endpos, m.re is P[2], m.string)
print(P[0].match("zabd", 1), P[0].match("zabd", 1, 3), P[0].search("zabdd", endpos=4))
for bad in [lambda: P[0].search(b"abc"), lambda: P[30].search("abc"), lambda: m.group(5), lambda: m.group("nope"), lambda: m.start(9)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.ascii_iscased(65), _sre.unicode_iscased(0x430), _sre.ascii_tolower(65), _sre.unicode_tolower(0x410))
s = "ab" * 50000 + "c"
print(P[6].match(s).span())
print(P[1] == P[1], P[4].scanner("xaxbab").search().span())

