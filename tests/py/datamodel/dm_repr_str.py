# str() falls back to __repr__; containers use repr of items; print and f-strings use str.
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
o, b = OnlyRepr(), Both()
print(o, str(o), repr(o))
print(b, str(b), repr(b))
print([o, b], (b,), {'k': b})
print(f'{b} {b!r} {b!s} {o}', '%s %r' % (b, b))
print(ascii(b), format(b), '{}'.format(b))
class Sub(Both):
    def __repr__(self): return 'Sub-repr'
print(Sub(), [Sub()])
