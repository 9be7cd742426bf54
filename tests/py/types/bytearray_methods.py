# bytearray is mutable bytes.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(108)
print(ba)
ba.reverse()
print(ba)
ba[1:3] = b"XYZ"
print(ba, ba.upper(), ba.find(b"X"), ba.count(b"l"))
del ba[::2]
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray.fromhex("4142"))
c = bytearray(b"abc")
print(c.copy(), c.copy() is c, c == b"abc", bytes(c), c.decode(), c.hex())
try:
    c[0] = 300
except ValueError as e:
    print("ValueError", e)
