# chr() and ord() across the surrogate range.
for n in (0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000):
    c = chr(n)
    print(hex(n), ascii(c), len(c), hex(ord(c)))
print(chr(0xd800) == "\ud800", chr(0xdc80) == "\udc80")
pair = chr(0xd83d) + chr(0xde00)
print(len(pair), pair == "\U0001f600", ascii(pair))
try:
    ord(pair)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print([hex(ord(c)) for c in "a\ud800\U0001f600\udfff"])
print(ascii("".join(chr(n) for n in [0xd800, 0x41, 0xdc00])))
