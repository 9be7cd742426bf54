# __str__ and __repr__ overrides of a str subclass.
class Quiet(str):
    def __str__(self):
        return 'quiet:' + self.upper()

class Loud(str):
    def __repr__(self):
        return 'Loud(' + str.__repr__(self) + ')'

q, l = Quiet('a'), Loud('b')
print(q, str(q), repr(q), [q], '%s %r' % (q, q), f'{q} {q!r}', format(q, ''), format(q, '>4'))
print(l, str(l), repr(l), [l], '%s %r' % (l, l), f'{l} {l!r}', {l: 1})
print('-'.join([q, l]), q + l, len(q), q.upper(), str.__str__(q), type(str.__str__(q)).__name__)
