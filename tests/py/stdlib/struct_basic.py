# _struct: every format character in every byte order, sizes, alignment, round trips.
import _struct as struct

print(sorted(n for n in dir(struct) if not n.startswith('__')))
for mode in ['', '@', '=', '<', '>', '!']:
    sizes = []
    for c in 'xcbB?hHiIlLqQefdsp' + ('nNP' if mode in ('', '@') else ''):
        sizes.append(c + str(struct.calcsize(mode + c)))
    print(repr(mode), ' '.join(sizes))
for f in ['ci', 'ic', 'bhiq', 'qbhi', '3si', 'i0q', 'xq', '2h3x', '@?d', '<?d', 'hhl', '10s', '0s', 'i i', ' 2 s'.strip(), 'ePd']:
    print(repr(f), struct.calcsize(f))

values = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [65535], 'i': [-2**31, 2**31 - 1],
          'I': [2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [2**32 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [2**64 - 1],
          '?': [True, False, 0, 5, [], 'x'], 'e': [1.5, -0.0, 65504.0, 5.960464477539063e-08, 1e-8, 0.1, float('inf')],
          'f': [1.5, 0.1, -3.4e38, 1e-45], 'd': [0.1, -1e300, float('inf')], 'c': [b'a', bytearray(b'z')]}
for mode in ['@', '<', '>', '=', '!']:
    for c, vs in values.items():
        for v in vs:
            b = struct.pack(mode + c, v)
            print(mode + c, repr(v), b.hex(), struct.unpack(mode + c, b))
for mode in ['@']:
    for c, vs in [('n', [-2**63, 2**63 - 1]), ('N', [2**64 - 1]), ('P', [0, 2**64 - 1, -1])]:
        for v in vs:
            b = struct.pack(mode + c, v)
            print(mode + c, v, b.hex(), struct.unpack(mode + c, b))

print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('s', b''), struct.pack('3s', bytearray(b'xy')))
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('p', b'abc'), struct.pack('0p', b'a'), struct.pack('300p', b'q' * 300)[:3])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5s', b'abcde'), struct.unpack('3x', b'abc'), struct.unpack('0s', b''))
print(struct.pack('<hxi', 1, 2), struct.pack('@hxi', 1, 2), struct.pack('>3h', 1, 2, 3), struct.pack('>2c', b'a', b'b'))
s = struct.pack('@bq?3sdH', -1, 2**40, True, b'hey', 2.5, 7)
print(len(s), s.hex(), struct.unpack('@bq?3sdH', s))
print(struct.unpack('<?', b'\x02'), struct.unpack('>?', b'\x00'), struct.unpack('@?', b'\x05'))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x7e'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>e', b'\x3c\x00'))
print(struct.unpack('<d', struct.pack('<d', float('nan'))), struct.pack('<e', float('nan')).hex(), struct.pack('<e', -float('inf')).hex())
print(struct.pack('e', 65519.99), struct.pack('e', 2.9802322387695312e-08), struct.pack('e', 2.9802322387695312e-08 * 1.0000001), struct.pack('e', 0.000061035156249999999))
print(struct.pack('@f', 1e300), struct.pack('@f', 10**300), struct.pack('f', 3.4028235677973366e+38))
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
print(struct.pack('d', F()), struct.pack('i', I()), struct.pack('d', I()), struct.pack('?', F()), struct.pack('i', True), struct.pack('<q', I()))

S = struct.Struct('<ih')
print(S.format, S.size, type(S).__name__, type(S).__module__, struct.Struct(b'>q').format)
print(S.pack(1, 2), S.unpack(b'\x01\x00\x00\x00\x02\x00'), S.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2), S.unpack_from(buffer=b'\x01\x00\x00\x00\x02\x00'))
buf = bytearray(10)
S.pack_into(buf, 2, -1, -2)
struct.pack_into('>h', buf, -2, 258)
print(buf, list(S.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)), list(struct.iter_unpack('h', b'1234')))
print(struct.unpack_from('i', b'123456', 2), struct.unpack_from('i', b'123456', -4), struct.unpack_from('i', b'123456', offset=1))
class MyStruct(struct.Struct):
    def __init__(self, fmt):
        super().__init__('<' + fmt)
        self.extra = fmt
m = MyStruct('hh')
print(m.format, m.size, m.extra, m.pack(1, 2), isinstance(m, struct.Struct))
class Plain(struct.Struct):
    pass
print(Plain('i').size, Plain(format='q').format)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
