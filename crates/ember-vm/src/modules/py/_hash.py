# The hash objects of the _md5, _sha1, _sha256, _sha512, _sha3 and _blake2 modules
# (hashlib's fallbacks when OpenSSL's _hashlib is missing). The hashing is native:
# _new(algorithm, params...) makes a state; _update, _digest, _copy and _info use it.
# Each module appends its constructors to this source.


def _data_arg(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return data


class _Hash:
    __slots__ = ('_state',)

    def update(self, data, /):
        _update(self._state, _data_arg(data))

    def digest(self):
        return _digest(self._state, -1)

    def hexdigest(self):
        return _digest(self._state, -1).hex()

    def copy(self):
        h = type(self).__new__(type(self))
        h._state = _copy(self._state)
        return h

    @property
    def name(self):
        return _info(self._state)[0]

    @property
    def digest_size(self):
        return _info(self._state)[1]

    @property
    def block_size(self):
        return _info(self._state)[2]

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class _Shake(_Hash):
    __slots__ = ()

    def digest(self, length):
        return _digest(self._state, _shake_length(length))

    def hexdigest(self, length):
        return _digest(self._state, _shake_length(length)).hex()


def _shake_length(length):
    length = length.__index__()
    if length < 0:
        raise ValueError("value must be positive")
    if length >= 1 << 29:
        raise ValueError("length is too large")
    return length


def _hash_type(name, base=_Hash):
    t = type(name, (base,), {'__slots__': ()})
    t.__module__ = __name__
    return t


def _simple_constructor(name, algorithm, shake=False):
    t = _hash_type(name, _Shake if shake else _Hash)

    def new(data=b'', /, *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        h = t.__new__(t)
        h._state = _new(algorithm)
        _update(h._state, _data_arg(data))
        return h

    new.__name__ = new.__qualname__ = name
    new.__module__ = __name__
    return t, new
