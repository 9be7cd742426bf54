# hash() consistency: equal values hash equal; never print raw str hashes.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash("abc") == hash("ab" + "c"), hash(b"x") == hash(b"x"))
print(hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(-1), hash(-2), hash(10 ** 30) == hash(10 ** 30), hash(2.5), hash(None) == hash(None))
print(type(hash("s")).__name__, hash("") == hash(""))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
