# zlib: the exception, the constants and the stream objects; compression itself is the
# system's zlib through the natives defined before this runs (_deflate, _inflate ...).

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


def _int_arg(fname, v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return v.__index__()


class Compress:
    __slots__ = ('_stream',)

    def compress(self, data, /):
        return _deflate(self._stream, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        mode = _int_arg('flush', mode)
        if mode == Z_NO_FLUSH:
            return b''
        return _deflate(self._stream, b'', mode)

    def copy(self):
        c = Compress.__new__(Compress)
        c._stream = _deflate_copy(self._stream)
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    __slots__ = ('_stream', 'unused_data', 'unconsumed_tail', 'eof')

    def _save(self, rest, end):
        if end:
            self.unused_data += rest
            rest = b''
            self.eof = True
        if rest or self.unconsumed_tail:
            self.unconsumed_tail = rest

    def decompress(self, data, /, max_length=0):
        max_length = _int_arg('decompress', max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        out, rest, end = _inflate(self._stream, data, max_length, Z_SYNC_FLUSH)
        self._save(rest, end)
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _int_arg('flush', length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        out, rest, end = _inflate(self._stream, self.unconsumed_tail, 0, Z_FINISH)
        self._save(rest, end)
        return out

    def copy(self):
        d = Decompress.__new__(Decompress)
        d._stream = _inflate_copy(self._stream)
        d.unused_data = self.unused_data
        d.unconsumed_tail = self.unconsumed_tail
        d.eof = self.eof
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    c = Compress.__new__(Compress)
    c._stream = _deflate_new(_int_arg('compressobj', level), _int_arg('compressobj', method),
                             _int_arg('compressobj', wbits), _int_arg('compressobj', memLevel),
                             _int_arg('compressobj', strategy), zdict)
    return c


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    d = Decompress.__new__(Decompress)
    d._stream = _inflate_new(_int_arg('decompressobj', wbits), zdict)
    d.unused_data = b''
    d.unconsumed_tail = b''
    d.eof = False
    return d


for _c in (Compress, Decompress, error):
    _c.__module__ = 'zlib'
for _f in (compressobj, decompressobj):
    _f.__module__ = 'zlib'
del _c, _f
