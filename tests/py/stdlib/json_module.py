# json.dumps/json.loads over the _json accelerators: round trips, options, and the
# decoder's error messages and positions.
import json

doc = {'name': 'Ember', 'tags': ['fast', 'rust'], 'n': [1, 2.5, -3e-7, 10**20],
       'nested': {'t': True, 'f': False, 'none': None, 'é': '\u20ac\U0001f600'}}
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc, json.dumps(doc, sort_keys=True, separators=(',', ':')))
print(json.dumps(doc, ensure_ascii=False), json.dumps([1, {'a': 2}], indent=2))
print(json.loads('[1.0, 2, "x", {"a": null}]', parse_float=str, parse_int=float))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads(b'{"x": "\\u00e9"}'), json.loads('"\\ud83d\\ude00"'), json.loads('  7  '))
for bad in ['[', '[1,', '{', '{"a":1', '{"a" 1}', '[1 2]', '"abc', '"\\x"', '"\\u12"',
            '"a\x01"', '-', '1.5e', '[-]', 'nul', '', '[1] x', '{"a":1,}', '{1:2}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, e.pos, e.lineno, e.colno)
for bad in [float('nan'), {(1,): 2}, object]:
    try:
        json.dumps(bad, allow_nan=False)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({1: 2, 2.5: 3, None: 4, True: 5}), json.dumps('\x00\u2028'))
