# hashlib over the builtin hash modules (no OpenSSL): new(), named constructors, pbkdf2_hmac.
import hashlib
print(sorted(hashlib.algorithms_guaranteed))
for name in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b']:
    print(name, hashlib.new(name, b'abc').hexdigest())
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha256(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.shake_128(b'abc').hexdigest(10), hashlib.blake2s(b'abc', digest_size=10).hexdigest())
import hmac
print(hmac.new(b'key', b'msg', 'sha256').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex())
