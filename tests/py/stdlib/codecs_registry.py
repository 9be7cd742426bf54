# codecs.lookup through the encodings package, non-builtin encodings from str.encode,
# text-encoding checks, registered search functions and error handlers.
import codecs

for name in ['UTF-8', 'utf_8', 'Latin 1', 'cp1252', 'koi8_r', 'mac-roman', 'utf-16-be']:
    print(name, '->', codecs.lookup(name).name)
print('héllo€'.encode('cp1252'), b'h\xe9\x80'.decode('cp1252'))
print('Жук'.encode('koi8_r'), b'\xf6\xd5\xcb'.decode('koi8_r'))
print(codecs.encode('Hello', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'))
for bad in [lambda: 'abc'.encode('rot13'), lambda: b'abc'.decode('hex'),
            lambda: codecs.lookup('no-such-codec'), lambda: 'x'.encode('nope'),
            lambda: codecs.lookup(3), lambda: codecs.lookup_error('nope')]:
    try:
        bad()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)


def search(name):
    if name == 'shout':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)),
                                name='shout')
    return None


codecs.register(search)
print('abc'.encode('shout'), b'ABC'.decode('shout'), codecs.lookup('SHOUT').name)
codecs.unregister(search)
try:
    codecs.lookup('shout')
except LookupError as e:
    print(e)


def angle(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d-%d>' % (exc.start, exc.end), exc.end)
    return ('[%02x]' % exc.object[exc.start], exc.end)


codecs.register_error('angle', angle)
print('aéb€€c'.encode('ascii', 'angle'), 'aé'.encode('latin-1', 'angle'))
print(b'a\xffb\xfe\xfd'.decode('utf-8', 'angle'), b'a\x81'.decode('cp1252', 'angle'))
print(codecs.lookup_error('angle') is angle, codecs.lookup_error('strict'))
for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(h, 'a€\U0001f600'.encode('ascii', h), 'a€'.encode('cp1252', h))
try:
    b'\xff'.decode('ascii', 'namereplace')
except TypeError as e:
    print(e)
print(codecs.ignore_errors(UnicodeDecodeError('x', b'ab', 0, 1, 'r')))
print(codecs.replace_errors(UnicodeEncodeError('x', 'ab', 0, 2, 'r')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('x', b'\xff\xfe', 0, 2, 'r')))
t = UnicodeTranslateError('a\u20acc', 1, 2, 'no')
print(t, '|', UnicodeTranslateError('abc', 0, 3, 'r'), t.object, t.start, t.end, t.reason, t.encoding)
print(codecs.replace_errors(t), codecs.backslashreplace_errors(t), codecs.ignore_errors(t))
