# Operators on bytes and bytearray.
b = b"ab"
print(b + b"cd", b * 3, b"b" in b, 97 in b, b == b"ab", b < b"b")
ba = bytearray(b"xy")
ba += b"z"
ba *= 2
print(ba, ba == b"xyzxyz", bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print(b"%s %d %x" % (b"hi", 5, 255))
try:
    b + "str"
except TypeError as e:
    print("TypeError", e)
