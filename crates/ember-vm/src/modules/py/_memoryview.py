"""The built-in `memoryview`, for one-dimensional views of bytes-like objects (format
'B', and casts to the native integer formats and 'c'), written in Python: views share their object's memory
(writes through a view of a bytearray change it), slices are views, and a released view
refuses every operation as CPython's does."""


_SIZES = {'B': 1, 'b': 1, 'c': 1, 'H': 2, 'h': 2, 'I': 4, 'i': 4, 'L': 8, 'l': 8,
          'Q': 8, 'q': 8, 'N': 8, 'n': 8, 'P': 8}


def _released():
    return ValueError("operation forbidden on released memoryview object")


class memoryview:
    __slots__ = ('_obj', '_start', '_step', '_len', '_readonly', '_format', '_itemsize',
                 '_released', '__weakref__')

    def __new__(cls, object):
        if isinstance(object, memoryview):
            object._check()
            return object._view(object._start, object._step, object._len)
        if not isinstance(object, (bytes, bytearray)):
            raise TypeError(f"memoryview: a bytes-like object is required, "
                            f"not '{type(object).__name__}'")
        self = _new(object, 0, 1, len(object), isinstance(object, bytes), 'B')
        return self

    def _check(self):
        if self._released:
            raise _released()

    def _view(self, start, step, length):
        return _new(self._obj, start, step, length, self._readonly, self._format,
                    self._itemsize)

    def _bytes(self):
        self._check()
        data = self._obj
        size = self._itemsize
        if self._step == size:
            return bytes(data[self._start:self._start + self._len * size])
        return b''.join(bytes(data[o:o + size]) for o in self._offsets())

    def _offsets(self):
        return range(self._start, self._start + self._len * self._step, self._step) \
            if self._step else [self._start] * self._len

    def _item_at(self, off):
        size = self._itemsize
        if size == 1:
            b = self._obj[off]
            if self._format == 'c':
                return bytes((b,))
            if self._format == 'b':
                return b - 256 if b > 127 else b
            return b
        return int.from_bytes(bytes(self._obj[off:off + size]), 'little',
                              signed=self._format.islower())

    def __len__(self):
        self._check()
        return self._len

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            n = len(range(start, stop, step))
            return self._view(self._start + start * self._step, self._step * step, n)
        if key is Ellipsis:
            return self
        try:
            i = key.__index__()
        except AttributeError:
            raise TypeError("memoryview: invalid slice key") from None
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("index out of bounds on dimension 1")
        return self._item_at(self._start + i * self._step)

    def __setitem__(self, key, value):
        self._check()
        if self._readonly:
            raise TypeError("cannot modify read-only memory")
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            idx = range(start, stop, step)
            src = bytes(value) if not isinstance(value, memoryview) else value.tobytes()
            if len(src) != len(idx):
                raise ValueError("memoryview assignment: lvalue and rvalue have "
                                 "different structures")
            for i, b in zip(idx, src):
                self._obj[self._start + i * self._step] = b
            return
        i = key.__index__()
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("index out of bounds on dimension 1")
        off = self._start + i * self._step
        if self._itemsize > 1:
            if not isinstance(value, int):
                raise TypeError(f"memoryview: invalid type for format '{self._format}'")
            try:
                raw = value.to_bytes(self._itemsize, 'little', signed=self._format.islower())
            except OverflowError:
                raise ValueError(f"memoryview: invalid value for format "
                                 f"'{self._format}'") from None
            self._obj[off:off + self._itemsize] = raw
            return
        if self._format == 'c':
            if not isinstance(value, bytes) or len(value) != 1:
                raise ValueError("memoryview: invalid value for format 'c'")
            value = value[0]
        elif not isinstance(value, int):
            raise TypeError(f"memoryview: invalid type for format '{self._format}'")
        elif self._format == 'b':
            if not -128 <= value <= 127:
                raise ValueError(f"memoryview: invalid value for format 'b'")
            value &= 0xff
        elif not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        self._obj[off] = value

    def __iter__(self):
        self._check()
        for off in self._offsets():
            yield self._item_at(off)

    def __bytes__(self):
        return self._bytes()

    def __eq__(self, other):
        if self._released:
            return self is other
        if isinstance(other, memoryview):
            if other._released:
                return False
            return self.tolist() == other.tolist()
        if isinstance(other, (bytes, bytearray)):
            return self.tolist() == list(other) if self._format == 'B' else \
                self._bytes() == bytes(other)
        return NotImplemented

    def __hash__(self):
        self._check()
        if not self._readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self._bytes())

    def __repr__(self):
        if self._released:
            return f'<released memory at {id(self):#x}>'
        return f'<memory at {id(self):#x}>'

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def release(self):
        self._released = True

    def tobytes(self, order='C'):
        return self._bytes()

    def tolist(self):
        self._check()
        return list(self)

    def hex(self, sep=None, bytes_per_sep=1):
        data = self._bytes()
        return data.hex() if sep is None else data.hex(sep, bytes_per_sep)

    def toreadonly(self):
        self._check()
        return _new(self._obj, self._start, self._step, self._len, True, self._format,
                    self._itemsize)

    def cast(self, format, shape=None):
        self._check()
        fmt = format[1:] if format.startswith('@') else format
        size = _SIZES.get(fmt)
        if size is None:
            raise ValueError("memoryview: destination format must be a native single "
                             "character format prefixed with an optional '@'")
        if self._step != self._itemsize:
            raise TypeError("memoryview: casts are restricted to C-contiguous views")
        if self._itemsize != 1 and size != 1:
            raise TypeError("memoryview: cannot cast between two non-byte formats")
        nbytes = self._len * self._itemsize
        if nbytes % size:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        return _new(self._obj, self._start, size, nbytes // size, self._readonly, fmt, size)

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        self._check()
        return self._len * self._itemsize

    @property
    def readonly(self):
        self._check()
        return self._readonly

    @property
    def format(self):
        self._check()
        return self._format

    @property
    def itemsize(self):
        self._check()
        return self._itemsize

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        self._check()
        return (self._len,)

    @property
    def strides(self):
        self._check()
        return (self._step,)

    @property
    def suboffsets(self):
        self._check()
        return ()

    @property
    def c_contiguous(self):
        self._check()
        return self._step == self._itemsize or self._len <= 1

    f_contiguous = contiguous = c_contiguous

    @property
    def released(self):
        return self._released


def _new(obj, start, step, length, readonly, fmt, itemsize=1):
    self = object.__new__(memoryview)
    self._itemsize = itemsize
    self._obj = obj
    self._start = start
    self._step = step
    self._len = length
    self._readonly = readonly
    self._format = fmt
    self._released = False
    return self


memoryview.__module__ = 'builtins'
