# More _sre.compile cases (lazy repeats, alternation in repeats, case folding, scanners) with
# opcode lists from CPython 3.11's re._compiler.
import _sre
P = []
P.append(_sre.compile('(a+?)(b*?)c', 32, [14, 4, 0, 2, 4294967295, 17, 0, 26, 6, 1, 4294967295, 16, 97, 1, 17, 1, 17, 2, 26, 6, 0, 4294967295, 16, 98, 1, 17, 3, 16, 99, 1], 2, {}, (None, None, None)))
P.append(_sre.compile('(?:a|ab)(?:c|bcd)(d*)', 32, [14, 8, 1, 2, 4294967295, 1, 1, 97, 0, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 7, 5, 16, 99, 15, 11, 9, 16, 98, 16, 99, 16, 100, 15, 2, 0, 17, 0, 24, 6, 0, 4294967295, 16, 100, 1, 17, 1, 1], 1, {}, (None, None)))
P.append(_sre.compile('(?:x(a)|y(b))+', 32, [14, 4, 0, 2, 4294967295, 23, 27, 1, 4294967295, 7, 11, 16, 120, 17, 0, 16, 97, 17, 1, 15, 13, 11, 16, 121, 17, 2, 16, 98, 17, 3, 15, 2, 0, 18, 1], 2, {}, (None, None, None)))
P.append(_sre.compile('(a*)*', 32, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], 1, {}, (None, None)))
P.append(_sre.compile('(a|)+b', 32, [14, 4, 0, 1, 4294967295, 23, 17, 1, 4294967295, 17, 0, 7, 5, 16, 97, 15, 5, 3, 15, 2, 0, 17, 1, 18, 16, 98, 1], 1, {}, (None, None)))
P.append(_sre.compile('(?:(\\d+)-)*?(\\d+)', 32, [14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 17, 1, 16, 45, 19, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 17, 3, 1], 2, {}, (None, None, None)))
P.append(_sre.compile('(?P<y>\\d{4})-(?P<m>\\d\\d)', 32, [14, 4, 0, 7, 7, 17, 0, 24, 9, 4, 4, 13, 4, 8, 10, 0, 1, 17, 1, 16, 45, 17, 2, 13, 4, 8, 10, 0, 13, 4, 8, 10, 0, 17, 3, 1], 2, {'y': 1, 'm': 2}, (None, 'y', 'm')))
P.append(_sre.compile('[\\w.]+', 256, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 8, 4, 16, 46, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('\\W+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 15, 0, 1, 1], 0, {}, (None,)))
P.append(_sre.compile('(?s).+?x', 48, [14, 4, 0, 2, 4294967295, 26, 5, 1, 4294967295, 3, 1, 16, 120, 1], 0, {}, (None,)))
P.append(_sre.compile('(?m)^\\w+$', 40, [14, 4, 0, 1, 4294967295, 6, 1, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 6, 6, 1], 0, {}, (None,)))
P.append(_sre.compile('\\Aab\\Z', 32, [14, 4, 0, 2, 2, 6, 2, 16, 97, 16, 98, 6, 7, 1], 0, {}, (None,)))
P.append(_sre.compile('ſ', 34, [14, 4, 0, 1, 1, 39, 6, 16, 383, 16, 115, 0, 1], 0, {}, (None,)))
P.append(_sre.compile('[k]', 34, [14, 4, 0, 1, 1, 40, 107, 1], 0, {}, (None,)))
P.append(_sre.compile('(?x) a  b # c', 96, [14, 10, 3, 2, 2, 2, 2, 97, 98, 0, 0, 16, 97, 16, 98, 1], 0, {}, (None,)))
P.append(_sre.compile(b'(\\w)(\\1)', 2, [14, 7, 4, 2, 2, 8, 4, 0, 17, 0, 13, 4, 8, 4, 0, 17, 1, 17, 2, 30, 0, 17, 3, 1], 2, {}, (None, None, None)))

subjects = ["aabbc", "abcd abcdd", "xaybxa", "aaa", "aab b", "1-22-333", "on 2024-05 ok", "a.b c", "KK kelvin \u212a", "line1\nline2 x\ny",
            "ab", "ab\n", "ſS s", "xX Ab ab", "aA Bb"]
for p in P:
    print(repr(p))
    for s in subjects:
        if isinstance(p.pattern, bytes):
            s = s.encode("utf-8")
        m = p.search(s)
        print(" ", m, m and (m.groups("-"), m.lastindex, m.lastgroup, m.groupdict(0)))
        print("   ", p.findall(s), p.split(s, 1), p.subn(lambda m: repr(m.span()) if isinstance(s, str) else b"#", s))
ba = bytearray(b"xx12yy")
print(P[15].search(bytearray(b"aA")), P[15].search(memoryview(b"bB")).group(2))
m = P[6].search("on 2024-05 ok", 1, 12)
print(m.pos, m.endpos, m.span("m"), repr(m), m.__copy__() is m)
print(P[0].match("aabbc", 1), P[0].fullmatch("aabbcc"), P[0].fullmatch("aabbcc", 0, 5))
it = P[9].scanner("ax bx cx")
print(it.match(), it.match(), it.search(), it.search(), it.search())
print(list(P[3].finditer("aaba")))
print(P[4].sub("", "aab b"), P[10].sub(lambda m: None, "ab\nab"))

