# _json's scanner and encoder used directly (as json.decoder/json.encoder use them).
import _json


class Context:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {'NaN': float('nan'), 'Infinity': float('inf'),
                      '-Infinity': float('-inf')}.__getitem__
    memo = {}


scan = _json.make_scanner(Context())
for doc in ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}}',
            '  [1, "x"]', '[]', '{}', '"\\/\\b\\f\\r\\t\\"\\\\"', '-0', '12.5E+3', '1e5x',
            '[NaN, Infinity, -Infinity]', '"caf\u00e9 \u20ac"', '123456789012345678901234567890',
            '[{"k": [[], {}]}]', '"\\ud800\\u0041"']:
    print(repr(doc), scan(doc, 0) if not doc.startswith(' ') else scan(doc, 2))
for doc, idx in [('', 0), ('x', 0), ('-', 0), ('[1]', 5)]:
    try:
        scan(doc, idx)
    except StopIteration as e:
        print('StopIteration', e.value)
try:
    scan('1', -1)
except ValueError as e:
    print(e)


class Hooks(Context):
    object_pairs_hook = list
    parse_float = str
    parse_int = lambda self_s: ('int', self_s)


hooks = Hooks()
hooks.parse_int = lambda s: ('int', s)
print(_json.make_scanner(hooks)('{"a": 1.5, "b": 2}', 0))
hooks.object_pairs_hook = None
hooks.object_hook = lambda d: sorted(d)
print(_json.make_scanner(hooks)('{"z": 1, "a": 2}', 0))
print(_json.scanstring('"abc" tail', 1), _json.scanstring('x"\\u00e9"', 2),
      _json.scanstring('"a\tb"', 1, False))
print(_json.encode_basestring_ascii('a"b\\c\n\x01é€😀'), _json.encode_basestring('a"b\n\x1fé€😀'))
for bad in [lambda: _json.encode_basestring_ascii(3), lambda: _json.scanstring(3, 0)]:
    try:
        bad()
    except TypeError as e:
        print(e)


def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('not serializable: %r' % (o,))


enc = _json.make_encoder({}, default, _json.encode_basestring_ascii, None, ': ', ', ',
                         False, False, True)
print(enc({'a': [1, 2.5, None, True, (3, 'x')], 2: {3.5: 'é', None: False}, 'set': {3, 1}}, 0))
print(enc(float('nan'), 0), enc([float('inf'), -float('inf')], 0), enc('x', 0), enc([], 0))
enc2 = _json.make_encoder(None, default, _json.encode_basestring, None, ':', ',', True, True, True)
print(enc2({'b': 1, 'a': [2, {}], 'c': 'é😀'}, 0))
enc3 = _json.make_encoder(None, default, lambda s: '<%s>' % s, None, ':', ',', False, True, False)
print(enc3({'k': 'v', (1, 2): 3}, 0))
loop = []
loop.append(loop)
class Opaque:
    def __repr__(self):
        return 'Opaque()'


for obj, e in [(loop, enc), ({'a': Opaque()}, enc), ({(1,): 2}, enc), (float('nan'), enc3),
               ({'a': 1, 2: 3}, enc2)]:
    try:
        e(obj, 0)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
print(ascii(_json.encode_basestring('a\ud800b\x7f')), _json.encode_basestring_ascii('a\ud800b\x7f'))
