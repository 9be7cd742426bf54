# __format__ overrides of built-in subclasses in format() and f-strings.
class Pct(float):
    def __format__(self, spec):
        return format(float(self) * 100, spec or '.0f') + '%'

class Padded(str):
    def __format__(self, spec):
        return '[' + str.__format__(self, spec) + ']'

p = Pct(0.256)
print(format(p), format(p, '.1f'), f'{p}', f'{p:.2f}', '{}'.format(p), '{:.3f}'.format(p), str(p))
s = Padded('ab')
print(format(s, '>4'), f'{s:<4}', f'{s}', '{0}'.format(s), s, '%s' % s)
