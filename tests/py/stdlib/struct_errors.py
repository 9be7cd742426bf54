# _struct errors: struct.error and TypeError messages of CPython 3.11.
import _struct as struct

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(getattr(f, '__name__', '?'), type(e).__name__, e)
    else:
        print(getattr(f, '__name__', '?'), repr(r))

for mode in '@<>':
    for c in 'bBhHiIlLqQnNP':
        for v in [10**30, -10**30, -1, 2**(8 * struct.calcsize('@' + c)), 1.5, 'a', 2**31, 2**16, 256]:
            t(struct.pack, mode + c, v)
for mode in '@<>':
    for v in [65520.0, 65520, 10**400, 1e300, 10**300, 'x', None]:
        for c in 'efd':
            t(struct.pack, mode + c, v)
t(struct.pack); t(struct.pack, 'i'); t(struct.pack, 'i', 1, 2); t(struct.pack, 5); t(struct.pack, 'i', x=1)
t(struct.unpack); t(struct.unpack, 'i'); t(struct.unpack, 'i', b'12345'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack, 'i', b'1234', 1)
t(struct.unpack_from, 'i', b'12'); t(struct.unpack_from, 'i', b'123456', 3); t(struct.unpack_from, 'i', b'123456', -1)
t(struct.unpack_from, 'i', b'123456', -10); t(struct.unpack_from, 'i', b'123456', 'x'); t(struct.unpack_from, 'i')
t(struct.pack_into, 'i', bytearray(6), 3, 1); t(struct.pack_into, 'i', bytearray(6), -1, 1); t(struct.pack_into, 'i', bytearray(6), -10, 1)
t(struct.pack_into, 'i', b'123456', 0, 1); t(struct.pack_into, 'i', bytearray(6), 0); t(struct.pack_into, 'i', bytearray(6))
t(struct.pack_into, 'i', bytearray(6), 7, 1); t(struct.pack_into, 'i'); t(struct.pack_into); t(struct.pack_into, 'i', 'abc', 0, 1)
t(struct.iter_unpack, 'i', b'12345'); t(struct.iter_unpack, '', b''); t(struct.iter_unpack, 'i')
t(struct.calcsize, '3'); t(struct.calcsize, 'q3'); t(struct.calcsize, 'z'); t(struct.calcsize, '99999999999999999999i')
t(struct.calcsize, 5); t(struct.calcsize, b'ii'); t(struct.calcsize, 'i i'); t(struct.calcsize, '<n'); t(struct.calcsize, '>P')
t(struct.calcsize, '=N'); t(struct.calcsize, '3 i'); t(struct.calcsize, '9999999999999999999q'); t(struct.calcsize)
t(struct.Struct); t(struct.Struct, 5); t(struct.Struct, 'i', 1); t(struct.Struct, 'z')
t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a'); t(struct.pack, 's', 'a'); t(struct.pack, 'p', 1); t(struct.pack, '2s', None)
s = struct.Struct('<ih')
t(s.pack, 1); t(s.unpack, b'1'); t(s.iter_unpack, b'123'); t(s.unpack_from, b'123'); t(s.pack_into, bytearray(3), 0, 1, 2)
