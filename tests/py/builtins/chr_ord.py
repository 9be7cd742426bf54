# chr() and ord() round-trip across the Unicode range.
print(chr(65), chr(97), chr(8364), chr(0x1F600), repr(chr(0)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("€"), ord("😀"), ord("\n"), ord(b"a"), ord(bytearray(b"z")))
print([ord(c) for c in "Ember"], "".join([chr(c) for c in range(97, 102)]))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""),
            lambda: chr("a"), lambda: ord(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
