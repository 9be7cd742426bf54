# A str subclass: methods and operators return plain str.
class S(str):
    pass

s = S('Hello')
print(s, repr(s), type(s).__name__, len(s), s[0], s[1:3], s * 2, s + '!', '>' + s)
for r in [s[0], s[1:3], s * 2, s + '!', '>' + s, s.upper(), s.lower(), s.strip(),
          s.replace('l', 'L'), s.center(9), s.title(), s[:], s.join(['a', 'b']), '%s' % s,
          s.format(), str(s), s.casefold(), s.zfill(7)]:
    print(repr(r), type(r).__name__)
print([type(p).__name__ for p in s.split('l')], [type(p).__name__ for p in s.partition('e')])
print(s == 'Hello', 'Hello' == s, hash(s) == hash('Hello'), 'ell' in s, s.startswith('He'))
print(sorted([S('b'), 'a', S('c')]), min(S('x'), 'y'), S(12), S(b'ab', 'ascii'), S())
