# The per-codec functions of _codecs: (result, consumed) pairs, the final flag, byte
# order marks, the escape codecs and UTF-7.
import codecs

print(codecs.utf_8_encode('aé€'), codecs.utf_8_decode(b'a\xe2\x82', 'strict', False))
print(codecs.utf_8_decode(b'a\xe2\x82\xac'), codecs.utf_8_decode(bytearray(b'xy')))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', None, 1),
      codecs.utf_16_encode('ab', 'strict', -1))
print(codecs.utf_16_decode(b'\xff\xfea\x00b'), codecs.utf_16_decode(b'\xff\xfea\x00b', None, True)
      if False else codecs.utf_16_decode(b'\xff\xfea\x00b\x00', None, True))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True),
      codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, True),
      codecs.utf_16_ex_decode(b'\x00a', 'strict', 1, True))
print(codecs.utf_16_le_decode(b'a\x00\x3d'), codecs.utf_16_be_encode('\U0001f600'))
print(codecs.utf_32_encode('a'), codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b'),
      codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a', 'strict', 0, True))
print(codecs.latin_1_encode('é'), codecs.latin_1_decode(b'\xe9'),
      codecs.ascii_encode('abc'), codecs.ascii_decode(b'abc'))
print(codecs.unicode_escape_encode('é\n\\\'"\U0001f600\x7f'))
print(codecs.raw_unicode_escape_encode('é\n\\\U0001f600\u20ac'))
print(codecs.unicode_escape_decode(b'\\u00e9\\n\\x41\\101\\N{BULLET}\\\n!'))
print(codecs.unicode_escape_decode(b'a\\', 'strict', False),
      codecs.unicode_escape_decode(b'a\\x4', 'strict', False))
print(codecs.raw_unicode_escape_decode(b'\\\\\\u1234\\\\u1234 \\x41'),
      codecs.raw_unicode_escape_decode(b'a\\', 'strict', False))
for data in [b'a\\', b'\\x4g', b'\\u12', b'\\U00110000', b'\\N{NO SUCH NAME}', b'\\N{', b'\\Nx']:
    try:
        codecs.unicode_escape_decode(data)
    except UnicodeDecodeError as e:
        print(e, '|', e.start, e.end)
print(codecs.unicode_escape_decode(b'a\\x4gb\\u12', 'replace'),
      codecs.unicode_escape_decode(b'a\\x4gb', 'ignore'))
print(codecs.utf_7_encode('a+b~\\é😀 -x'), codecs.utf_7_decode(b'a+-b+AH4AXADp2D3eAA -x'))
print(codecs.utf_7_decode(b'+AGE'), codecs.utf_7_decode(b'+AGE', 'strict', False))
for data in [b'+AG-', b'+!', b'+AGEx', b'+2D3', b'\xff']:
    try:
        codecs.utf_7_decode(data, 'strict', True)
    except UnicodeDecodeError as e:
        print(e, '|', e.start, e.end)
print('héllo😀'.encode('utf-7'), b'h+AOk-llo'.decode('utf-7'))
print(codecs.escape_decode(b'\\x41\\101\\n'), codecs.escape_encode(b'a\'"\\\n\x00\xff'))
for data in [b'\\x4', b'a\\']:
    try:
        codecs.escape_decode(data)
    except ValueError as e:
        print(e)
print(codecs.readbuffer_encode(b'ab'), codecs.readbuffer_encode('é'))
print(codecs.charmap_decode(b'\x00\x01', 'strict', 'ab'), codecs.charmap_decode(b'ab'))
print(codecs.charmap_encode('ba', 'strict', codecs.charmap_build('ab')))
print(codecs.charmap_decode(b'\x00\x02', 'replace', 'ab'),
      codecs.charmap_encode('ac', 'replace', {97: 1, 63: 2}))
for bad in [lambda: codecs.utf_8_encode(3), lambda: codecs.utf_8_decode('str'),
            lambda: codecs.utf_8_encode('x', 3), lambda: codecs.escape_encode('s')]:
    try:
        bad()
    except TypeError as e:
        print(e)
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2')), dec.decode(b'\x82\xac'))
dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xff')), repr(dec.decode(b'\xfea')), dec.decode(b'\x00'))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
for data in [b'+A"x', b'+A-x', b'+AA-x', b'+AAA-x', b'+AGEA-', b'+AGEAAA-', b'+AG"x', b'+A', b'+AA']:
    try:
        print(data, codecs.utf_7_decode(data, 'strict', True))
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
