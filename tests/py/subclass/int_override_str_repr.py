# __str__ and __repr__ of an int subclass in print, str, repr, format and %.
class R(int):
    def __repr__(self):
        return 'R(%d)' % int(self)

class S(int):
    def __str__(self):
        return 'S<%d>' % int(self)

r, s = R(3), S(4)
print(r, str(r), repr(r), [r], '%s %r %d' % (r, r, r), f'{r} {r!r} {r:d}', format(r))
print(s, str(s), repr(s), [s], '%s %r %d' % (s, s, s), f'{s} {s!r} {s:x}', format(s, ''))
print(str(r + 1), repr(s + 1))
