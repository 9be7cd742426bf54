# format() and f-string format specs call __format__ with the spec string.
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print('__format__ spec=%r' % spec)
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
m = Money(3.14159)
print(format(m, 'usd'), format(m), format(m, '.1f'))
print(f'{m:usd} {m:>8.2f}')
print('{:usd}'.format(m), '{0:.3f}'.format(m))
w = 'usd'
print(f'{m:{w}}')
class Plain:
    def __str__(self): return 'plain'
print(format(Plain()), f'{Plain()}', f'{Plain()!s:>7}|')
try:
    format(Plain(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec): return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
