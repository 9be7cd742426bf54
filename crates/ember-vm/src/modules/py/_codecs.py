# _codecs: the codec registry and the per-codec functions that codecs.py and the
# encodings package are built on. The codecs themselves are native (_enc, _dec and the
# escape/UTF-7 functions, defined before this runs); this file holds the registry, the
# error handlers and the arguments checks, and applies Python-level error handlers
# (register_error) by re-running the native codec in strict mode around each error.

_search_functions = []
_cache = {}
_error_handlers = {}
_BUILTIN_HANDLERS = frozenset(('strict', 'ignore', 'replace', 'backslashreplace',
                               'xmlcharrefreplace', 'namereplace', 'surrogateescape',
                               'surrogatepass'))


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    # CPython's normalizestring: lower case, spaces as underscores.
    return encoding.lower().replace(' ', '_')


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not _registry_initialised:
        _initialise_registry()
    if not _search_functions:
        raise LookupError("no codec search functions registered: can't find encoding")
    for func in _search_functions:
        result = func(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


_registry_initialised = False


def _initialise_registry():
    # As CPython, the first lookup imports the encodings package, which registers its
    # search function.
    global _registry_initialised
    _registry_initialised = True
    import encodings


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def _check_str_args(fname, encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError("%s() argument 'encoding' must be str, not %s"
                        % (fname, type(encoding).__name__))
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s"
                        % (fname, type(errors).__name__))


def encode(obj, encoding='utf-8', errors='strict'):
    _check_str_args('encode', encoding, errors)
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    _check_str_args('decode', encoding, errors)
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def _text_codec(encoding, what):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle "
                          "arbitrary codecs" % (encoding, what))
    return info


def _str_encode(s, encoding, errors):
    # str.encode for an encoding or handler that is not built in.
    info = _text_codec(encoding, 'encode')
    result = info[0](s) if errors is None else info[0](s, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    b = result[0]
    if not isinstance(b, bytes):
        if isinstance(b, bytearray):
            return bytes(b)
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use "
                        "codecs.encode() to encode to arbitrary types"
                        % (encoding, type(b).__name__))
    return b


def _bytes_decode(b, encoding, errors):
    # bytes.decode for an encoding or handler that is not built in.
    info = _text_codec(encoding, 'decode')
    result = info[1](b) if errors is None else info[1](b, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    s = result[0]
    if not isinstance(s, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use "
                        "codecs.decode() to decode to arbitrary types"
                        % (encoding, type(s).__name__))
    return s


# Error handlers.

def register_error(errors, handler):
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _unregister_error(errors):
    if errors in _BUILTIN_HANDLERS:
        raise ValueError("cannot un-register built-in error handler '%s'" % errors)
    return _error_handlers.pop(errors, None) is not None


def _wrong_exception(exc):
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    _wrong_exception(exc)


def _replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    _wrong_exception(exc)


def _escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)
    _wrong_exception(exc)


def _xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    _wrong_exception(exc)


def _namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join(_name_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)
    _wrong_exception(exc)


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end]:
            if b < 128:
                raise exc
            out.append(chr(0xdc00 + b))
            if len(out) == 4:
                break
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xdc80 <= n <= 0xdcff:
                raise exc
            out.append(n - 0xdc00)
        return (bytes(out), exc.end)
    _wrong_exception(exc)


def _utf_kind(encoding):
    e = encoding.lower().replace('-', '').replace('_', '')
    if e in ('utf8', 'cp65001'):
        return 'utf-8'
    for name in ('utf16le', 'utf16be', 'utf32le', 'utf32be'):
        if e == name:
            return name
    if e == 'utf16':
        return 'utf16le'
    if e == 'utf32':
        return 'utf32le'
    return None


def _surrogatepass_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        kind = _utf_kind(exc.encoding)
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if kind is None or not 0xd800 <= n <= 0xdfff:
                raise exc
            if kind == 'utf-8':
                out += bytes((0xe0 | (n >> 12), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)))
            else:
                size = 2 if kind.startswith('utf16') else 4
                out += n.to_bytes(size, 'little' if kind.endswith('le') else 'big')
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        kind = _utf_kind(exc.encoding)
        data = exc.object
        p = exc.start
        n = -1
        size = 0
        if kind == 'utf-8':
            if p + 3 <= len(data) and data[p] & 0xf0 == 0xe0 and data[p + 1] & 0xc0 == 0x80 \
                    and data[p + 2] & 0xc0 == 0x80:
                n = ((data[p] & 0x0f) << 12) | ((data[p + 1] & 0x3f) << 6) | (data[p + 2] & 0x3f)
                size = 3
        elif kind is not None:
            size = 2 if kind.startswith('utf16') else 4
            if p + size <= len(data):
                n = int.from_bytes(data[p:p + size], 'little' if kind.endswith('le') else 'big')
        if not 0xd800 <= n <= 0xdfff:
            raise exc
        return (chr(n), p + size)
    _wrong_exception(exc)


for _name, _handler in (('strict', _strict_errors), ('ignore', _ignore_errors),
                        ('replace', _replace_errors),
                        ('backslashreplace', _backslashreplace_errors),
                        ('xmlcharrefreplace', _xmlcharrefreplace_errors),
                        ('namereplace', _namereplace_errors),
                        ('surrogateescape', _surrogateescape_errors),
                        ('surrogatepass', _surrogatepass_errors)):
    _handler.__name__ = _handler.__qualname__ = _name + '_errors'
    _error_handlers[_name] = _handler
del _name, _handler


def _call_handler(errors, exc):
    result = lookup_error(errors)(exc)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int):
        if isinstance(exc, UnicodeEncodeError):
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        raise TypeError("decoding error handler must return (str, int) tuple")
    rep, pos = result
    length = len(exc.object)
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return rep, pos


# The argument checks of the per-codec functions.

def _str_arg(fname, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, type(s).__name__))


def _errors_arg(fname, errors, n=2):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("%s() argument %d must be str or None, not %s"
                        % (fname, n, type(errors).__name__))
    return errors


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except (TypeError, NameError):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _encode_with(codec, fname, s, errors):
    # Encodes s with native codec `codec`, calling a Python error handler at each
    # error when `errors` is not built in.
    _str_arg(fname, s)
    errors = _errors_arg(fname, errors)
    b = _enc(codec, s, errors)
    if b is not None:
        return (b, len(s))
    out = []
    pos = 0
    while True:
        try:
            out.append(_enc(codec, s[pos:], 'strict'))
            break
        except UnicodeEncodeError as e:
            if pos:
                e = UnicodeEncodeError(e.encoding, s, pos + e.start, pos + e.end, e.reason)
            out.append(_enc(codec, s[pos:e.start], 'strict'))
            rep, pos = _call_handler(errors, e)
            if isinstance(rep, str):
                rep = _enc(codec, rep, 'strict')
            elif not isinstance(rep, bytes):
                raise TypeError("encoding error handler must return (str/bytes, int) tuple")
            out.append(rep)
        codec = _STATELESS.get(codec, codec)
    return (b''.join(out), len(s))


# After a byte order mark, the rest of the text is in one byte order.
_STATELESS = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le'}


def _decode_with(codec, fname, data, errors, final):
    data = _bytes_arg(data)
    errors = _errors_arg(fname, errors)
    r = _dec(codec, data, errors, bool(final))
    if r is not None:
        return r
    out = []
    pos = 0
    byteorder = None
    while True:
        try:
            s, used, bo = _dec(codec, data[pos:], 'strict', bool(final))
            if byteorder is None:
                byteorder = bo
            out.append(s)
            pos += used
            break
        except UnicodeDecodeError as e:
            e = UnicodeDecodeError(e.encoding, data, pos + e.start, pos + e.end, e.reason)
            s, _, bo = _dec(codec, data[pos:e.start], 'strict', True)
            if byteorder is None:
                byteorder = bo
            out.append(s)
            rep, pos = _call_handler(errors, e)
            if not isinstance(rep, str):
                raise TypeError("decoding error handler must return (str, int) tuple")
            out.append(rep)
            if byteorder == 1:
                codec = codec.replace('utf-16', 'utf-16-be').replace('utf-32', 'utf-32-be')
            codec = _STATELESS.get(codec, codec)
    return (''.join(out), pos, byteorder or 0)


def _make_codec(name, codec):
    def encode(str, errors=None):
        return _encode_with(codec, name + '_encode', str, errors)

    def decode(data, errors=None, final=False):
        return _decode_with(codec, name + '_decode', data, errors, final)[:2]

    encode.__name__ = encode.__qualname__ = name + '_encode'
    decode.__name__ = decode.__qualname__ = name + '_decode'
    return encode, decode


utf_8_encode, utf_8_decode = _make_codec('utf_8', 'utf-8')
utf_16_le_encode, utf_16_le_decode = _make_codec('utf_16_le', 'utf-16-le')
utf_16_be_encode, utf_16_be_decode = _make_codec('utf_16_be', 'utf-16-be')
utf_32_le_encode, utf_32_le_decode = _make_codec('utf_32_le', 'utf-32-le')
utf_32_be_encode, utf_32_be_decode = _make_codec('utf_32_be', 'utf-32-be')


def latin_1_encode(str, errors=None):
    return _encode_with('latin-1', 'latin_1_encode', str, errors)


def latin_1_decode(data, errors=None):
    return _decode_with('latin-1', 'latin_1_decode', data, errors, True)[:2]


def ascii_encode(str, errors=None):
    return _encode_with('ascii', 'ascii_encode', str, errors)


def ascii_decode(data, errors=None):
    return _decode_with('ascii', 'ascii_decode', data, errors, True)[:2]


def _byteorder_codec(base, byteorder):
    if byteorder == 0:
        return base
    return base + ('-le' if byteorder < 0 else '-be')


def _make_bom_codec(name, codec):
    # The UTF-16/32 functions that read or write a byte order mark.
    def encode(str, errors=None, byteorder=0):
        return _encode_with(_byteorder_codec(codec, byteorder), name + '_encode', str, errors)

    def decode(data, errors=None, final=False):
        return _decode_with(codec, name + '_decode', data, errors, final)[:2]

    def ex_decode(data, errors=None, byteorder=0, final=False):
        s, consumed, found = _decode_with(_byteorder_codec(codec, byteorder),
                                          name + '_ex_decode', data, errors, final)
        return (s, consumed, byteorder or found)

    for f, suffix in ((encode, '_encode'), (decode, '_decode'), (ex_decode, '_ex_decode')):
        f.__name__ = f.__qualname__ = name + suffix
    return encode, decode, ex_decode


utf_16_encode, utf_16_decode, utf_16_ex_decode = _make_bom_codec('utf_16', 'utf-16')
utf_32_encode, utf_32_decode, utf_32_ex_decode = _make_bom_codec('utf_32', 'utf-32')


def utf_7_encode(str, errors=None):
    _str_arg('utf_7_encode', str)
    _errors_arg('utf_7_encode', errors)
    return (_utf7_encode(str), len(str))


def utf_7_decode(data, errors=None, final=False):
    return _escape_decode_with(_utf7_decode, 'utf_7_decode', data, errors, final)


def unicode_escape_encode(str, errors=None):
    _str_arg('unicode_escape_encode', str)
    _errors_arg('unicode_escape_encode', errors)
    return (_unicode_escape_encode(str, False), len(str))


def raw_unicode_escape_encode(str, errors=None):
    _str_arg('raw_unicode_escape_encode', str)
    _errors_arg('raw_unicode_escape_encode', errors)
    return (_unicode_escape_encode(str, True), len(str))


def _escape_decode_with(native, fname, data, errors, final):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _bytes_arg(data)
    errors = _errors_arg(fname, errors)
    # native(data, errors, final) -> (str, consumed), or None for a handler it does not
    # know; errors are then handled here.
    r = native(data, errors, bool(final))
    if r is not None:
        return r
    out = []
    pos = 0
    while True:
        try:
            s, used = native(data[pos:], 'strict', bool(final))
            out.append(s)
            pos += used
            break
        except UnicodeDecodeError as e:
            e = UnicodeDecodeError(e.encoding, data, pos + e.start, pos + e.end, e.reason)
            out.append(native(data[pos:e.start], 'strict', True)[0])
            rep, pos = _call_handler(errors, e)
            out.append(rep)
    return (''.join(out), pos)


def unicode_escape_decode(data, errors=None, final=True):
    return _escape_decode_with(_unicode_escape_decode, 'unicode_escape_decode', data,
                               errors, final)


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _escape_decode_with(_raw_unicode_escape_decode, 'raw_unicode_escape_decode',
                               data, errors, final)


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _bytes_arg(data)
    return (data, len(data))


# Charmap codecs (cp1252, koi8_r ... in the encodings package).

def charmap_build(map):
    # A code point -> byte dict (CPython gives an EncodingMap for full tables).
    _str_arg('charmap_build', map)
    return {ord(c): i for i, c in enumerate(map)}


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes_arg(data)
    errors = _errors_arg('charmap_decode', errors)
    if mapping is None:
        return latin_1_decode(data, errors)
    if isinstance(mapping, str):
        text = _charmap_decode_table(data, mapping)
        if text is not None:
            return (text, len(data))
    out = []
    pos = 0
    n = len(data)
    table = isinstance(mapping, str)
    while pos < n:
        b = data[pos]
        if table:
            c = mapping[b] if b < len(mapping) else '\ufffe'
        else:
            try:
                c = mapping[b]
            except LookupError:
                c = None
            if isinstance(c, int):
                if not 0 <= c <= 0x10ffff:
                    raise TypeError("character mapping must be in range(0x110000)")
                c = chr(c)
            elif c is not None and not isinstance(c, str):
                raise TypeError("character mapping must return integer, None or str")
        if c is None or c == '\ufffe':
            e = UnicodeDecodeError('charmap', data, pos, pos + 1, 'character maps to <undefined>')
            rep, pos = _call_handler(errors, e)
            out.append(rep)
            continue
        out.append(c)
        pos += 1
    return (''.join(out), n)


def _charmap_lookup(mapping, c):
    try:
        x = mapping[c]
    except LookupError:
        return None
    if x is None:
        return None
    if isinstance(x, int):
        if not 0 <= x < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((x,))
    if isinstance(x, bytes):
        return x
    raise TypeError("character mapping must return integer, bytes or None, not %s"
                    % type(x).__name__)


def charmap_encode(str, errors=None, mapping=None):
    _str_arg('charmap_encode', str)
    errors = _errors_arg('charmap_encode', errors)
    if mapping is None:
        return latin_1_encode(str, errors)
    b = _charmap_encode_dict(str, mapping)
    if b is not None:
        return (b, len(str))
    out = []
    pos = 0
    n = len(str)
    while pos < n:
        b = _charmap_lookup(mapping, ord(str[pos]))
        if b is not None:
            out.append(b)
            pos += 1
            continue
        end = pos + 1
        while end < n and _charmap_lookup(mapping, ord(str[end])) is None:
            end += 1
        e = UnicodeEncodeError('charmap', str, pos, end, 'character maps to <undefined>')
        if errors == 'strict':
            raise e
        rep, pos = _call_handler(errors, e)
        if isinstance(rep, bytes):
            out.append(rep)
            continue
        for ch in rep:
            b = _charmap_lookup(mapping, ord(ch))
            if b is None:
                raise e
            out.append(b)
    return (b''.join(out), n)


class _BuiltinFunction:
    # What the module's functions are seen as: like C functions, they do not bind as
    # methods when stored in a class (codecs.py's `_buffer_decode = utf_8_decode`).
    __slots__ = ('_func', '__name__')

    def __init__(self, func):
        self._func = func
        self.__name__ = func.__name__

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


_BuiltinFunction.__name__ = _BuiltinFunction.__qualname__ = 'builtin_function_or_method'
for _name, _value in list(globals().items()):
    if not _name.startswith('_') and type(_value) is type(_normalize):
        globals()[_name] = _BuiltinFunction(_value)
for _name, _value in list(_error_handlers.items()):
    _error_handlers[_name] = _BuiltinFunction(_value)
del _name, _value
