"""`object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__` (how copy and
pickle take objects apart), written in Python over copyreg as CPython's C code does:
protocol 2 and above rebuild with `copyreg.__newobj__` (or `__newobj_ex__`) from
`__getnewargs_ex__`/`__getnewargs__`, the state from `__getstate__` (the instance dict,
and slot values), and list items and dict items for list and dict subclasses."""


def reduce_ex(obj, protocol):
    if type(obj).__reduce__ is not _object_reduce:
        return obj.__reduce__()
    return _common_reduce(obj, protocol)


def reduce(obj):
    return _common_reduce(obj, 0)


def _common_reduce(obj, protocol):
    if protocol >= 2:
        return _reduce_newobj(obj)
    import copyreg
    return copyreg._reduce_ex(obj, protocol)


def _reduce_newobj(obj):
    import copyreg
    cls = type(obj)
    args, kwargs, hasargs = (), None, False
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, "
                            f"not '{type(r).__name__}'")
        if len(r) != 2:
            raise TypeError(f"__getnewargs_ex__ should return a tuple of length 2, "
                            f"not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ "
                            f"must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ "
                            f"must be a dict, not '{type(kwargs).__name__}'")
        hasargs = True
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, "
                                f"not '{type(args).__name__}'")
            hasargs = True
    if not kwargs:
        newobj, newargs = copyreg.__newobj__, (cls,) + args
    else:
        newobj, newargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    required = not hasargs and not isinstance(obj, (list, dict))
    state = _state(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _state(obj, required):
    if type(obj).__getstate__ is _object_getstate:
        return getstate(obj, required)
    return obj.__getstate__()


def getstate(obj, required=False):
    cls = type(obj)
    if required and not _plain_layout(obj):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    import copyreg
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state
