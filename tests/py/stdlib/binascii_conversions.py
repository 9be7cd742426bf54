# binascii: hex, base64 (newline, strict_mode), uu, quoted-printable, CRCs and errors.
import binascii

print(binascii.hexlify(b'\x00\xffab'), binascii.b2a_hex(b'\x01\x02\x03\x04\x05', '-', 2),
      binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', -2))
print(binascii.unhexlify('00ffAB'), binascii.a2b_hex(b'6162'))
for bad in ['abc', 'zz', 'é1']:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(binascii.b2a_base64(b'hello world'), binascii.b2a_base64(b'ab', newline=False))
print(binascii.a2b_base64(b'aGVsbG8gd29ybGQ=\n'), binascii.a2b_base64('YW Jj!ZA=='))
print(binascii.a2b_base64(b'YWI=YWI='), binascii.a2b_base64(b''))
for data, strict in [(b'YWJjZ', False), (b'YWJjZA', False), (b'=YWI=', True),
                     (b'YWI=x', True), (b'YW!I=', True), (b'YW=I=', True)]:
    try:
        binascii.a2b_base64(data, strict_mode=strict)
    except binascii.Error as e:
        print('Error', e)
print(binascii.b2a_uu(b'Cat'), binascii.b2a_uu(b'', backtick=True), binascii.b2a_uu(b'\x00\x00', backtick=True))
print(binascii.a2b_uu(b'#0V%T\n'), binascii.a2b_uu(b''), binascii.a2b_uu(b'!80``\n'))
for bad in [lambda: binascii.b2a_uu(b'x' * 46), lambda: binascii.a2b_uu(b'#\x7f'),
            lambda: binascii.a2b_uu(b'!80xx')]:
    try:
        bad()
    except binascii.Error as e:
        print('Error', e)
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')),
      binascii.crc32(b'x', -1))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff))
print(binascii.b2a_qp(b'caf\xe9 = ok \nline\t\n'), binascii.b2a_qp(b'a b_c', header=True))
print(binascii.b2a_qp(b'x' * 80), binascii.b2a_qp(b'a\r\nb \r\n'))
print(binascii.b2a_qp(b'a\tb\n', quotetabs=True), binascii.b2a_qp(b'a\nb', istext=False))
print(binascii.a2b_qp(b'caf=E9 =3D ok=\nline'), binascii.a2b_qp(b'a_b=2', header=True))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
