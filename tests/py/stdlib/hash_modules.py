# The hash modules hashlib falls back to without OpenSSL: _md5, _sha1, _sha256,
# _sha512, _sha3, _blake2 (digests, copies, attributes, parameters and errors).
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

data = b'The quick brown fox jumps over the lazy dog'
for ctor in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384,
             _sha512.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512,
             _blake2.blake2b, _blake2.blake2s]:
    h = ctor(data[:10])
    c = h.copy()
    h.update(data[10:])
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print('  ', c.hexdigest() == ctor(data[:10]).hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()),
          ctor(usedforsecurity=False).hexdigest()[:16], ctor(bytearray(b'ab')).hexdigest()[:16])
for ctor in [_sha3.shake_128, _sha3.shake_256]:
    h = ctor(data)
    print(h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(0), len(h.digest(100)))
print(_blake2.blake2b(data, digest_size=16).hexdigest(), _blake2.blake2s(data, digest_size=8).hexdigest())
print(_blake2.blake2b(data, key=b'secret').hexdigest())
print(_blake2.blake2s(data, key=b'k' * 32, salt=b'salt', person=b'me').hexdigest())
print(_blake2.blake2b(b'', salt=b's' * 16, person=b'p' * 16, digest_size=20).hexdigest())
print(_blake2.blake2b(digest_size=7).digest_size, _blake2.blake2b.MAX_DIGEST_SIZE,
      _blake2.blake2s.SALT_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE)
print(type(_md5.md5()).__name__, type(_md5.md5()).__module__, _md5.md5(string=b'x').hexdigest())
for bad in [lambda: _md5.md5('text'), lambda: _sha1.sha1().update('x'), lambda: _sha256.sha256(3),
            lambda: _blake2.blake2b(digest_size=65), lambda: _blake2.blake2s(key=b'k' * 33),
            lambda: _blake2.blake2b(salt=b's' * 17), lambda: _sha3.shake_128().digest(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = _sha256.sha256()
for i in range(1000):
    big.update(bytes([i % 256]) * 100)
print(big.hexdigest())
