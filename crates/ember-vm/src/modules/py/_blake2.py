# _blake2: the blake2b and blake2s classes (appended to py/_hash.py).


def _blake2_class(name, max_digest, salt_size):
    class cls(_Hash):
        __slots__ = ()
        SALT_SIZE = salt_size
        PERSON_SIZE = salt_size
        MAX_KEY_SIZE = max_digest
        MAX_DIGEST_SIZE = max_digest

        def __new__(cls, data=b'', /, *, digest_size=max_digest, key=b'', salt=b'',
                    person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0,
                    node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
            if not 1 <= digest_size <= max_digest:
                raise ValueError("digest_size must be between 1 and %d bytes" % max_digest)
            if len(key) > max_digest:
                raise ValueError("maximum key length is %d bytes" % max_digest)
            if len(salt) > salt_size:
                raise ValueError("maximum salt length is %d bytes" % salt_size)
            if len(person) > salt_size:
                raise ValueError("maximum person length is %d bytes" % salt_size)
            if not 1 <= fanout <= 255:
                raise ValueError("fanout must be between 0 and 255")
            if not 1 <= depth <= 255:
                raise ValueError("depth must be between 1 and 255")
            if (fanout, depth, leaf_size, node_offset, node_depth, inner_size,
                    last_node) != (1, 1, 0, 0, 0, 0, False):
                raise NotImplementedError("BLAKE2 tree hashing parameters are not "
                                          "supported by Ember")
            h = object.__new__(cls)
            h._state = _new(name, digest_size, key, salt, person)
            _update(h._state, _data_arg(data))
            return h

    cls.__name__ = cls.__qualname__ = name
    cls.__module__ = '_blake2'
    return cls


blake2b = _blake2_class('blake2b', 64, 16)
blake2s = _blake2_class('blake2s', 32, 8)
BLAKE2B_SALT_SIZE = 16
BLAKE2B_PERSON_SIZE = 16
BLAKE2B_MAX_KEY_SIZE = 64
BLAKE2B_MAX_DIGEST_SIZE = 64
BLAKE2S_SALT_SIZE = 8
BLAKE2S_PERSON_SIZE = 8
BLAKE2S_MAX_KEY_SIZE = 32
BLAKE2S_MAX_DIGEST_SIZE = 32
