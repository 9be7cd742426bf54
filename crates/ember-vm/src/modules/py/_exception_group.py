"""The built-in exception groups of PEP 654 (`BaseExceptionGroup`, `ExceptionGroup`)
in Python: construction with CPython's checks and class choice, `message`,
`exceptions`, `subgroup`, `split` and `derive`. (`except*` is the compiler's.)"""


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
            isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _copy_metadata(src, dst):
    dst.__traceback__ = src.__traceback__
    dst.__cause__ = src.__cause__
    dst.__context__ = src.__context__
    if hasattr(src, '__notes__'):
        dst.__notes__ = list(src.__notes__)


class BaseExceptionGroup(BaseException):
    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f"{cls.__name__}() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments "
                            f"({len(args)} given)")
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, "
                            f"not {type(message).__name__}")
        if not hasattr(exceptions, '__getitem__') or not hasattr(exceptions, '__len__') \
                or isinstance(exceptions, (str, bytes, dict, set)):
            raise TypeError("second argument (exceptions) must be a sequence")
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(exceptions):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an "
                                 f"exception")
        all_exceptions = all(isinstance(e, Exception) for e in exceptions)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, list(exceptions))
        self._message = message
        self._exceptions = exceptions
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'' if n == 1 else 's'})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_with_metadata(self, excs):
        eg = self.derive(excs)
        _copy_metadata(self, eg)
        return eg

    def subgroup(self, condition):
        return self.split(condition)[0]

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(condition)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self._derive_with_metadata(matched) if matched else None
        r = self._derive_with_metadata(rest) if rest else None
        return m, r

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = ExceptionGroup.__module__ = 'builtins'
