# An int subclass with named members, as enum.IntFlag builds them.
class Flag(int):
    _names = {}
    def __new__(cls, value, name=None):
        obj = super().__new__(cls, value)
        obj._name = name
        if name:
            cls._names[value] = obj
        return obj
    def __or__(self, other):
        return Flag(int(self) | int(other))
    def __repr__(self):
        if self._name:
            return 'Flag.' + self._name
        parts = [Flag._names[b]._name for b in sorted(Flag._names) if int(self) & b]
        return 'Flag.' + '|'.join(parts)
    __str__ = __repr__

READ = Flag(1, 'READ')
WRITE = Flag(2, 'WRITE')
rw = READ | WRITE
print(READ, rw, repr(rw), int(rw), rw & 1, type(rw & 1).__name__, rw == 3, {rw: 'both'}[3])
print(READ in [1, 2], sorted([WRITE, READ]), [READ, rw], '%s' % rw, f'{rw}', rw + 0)
