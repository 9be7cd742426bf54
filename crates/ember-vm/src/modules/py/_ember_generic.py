"""`types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | str`), the objects
that subscripting a built-in class and `|` between classes make. Written in Python;
the built-in classes' `__class_getitem__` and `type.__or__` create them."""


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function' and hasattr(obj, '__qualname__'):
        return obj.__qualname__
    return repr(obj)


def _parameters(args):
    params = []
    for a in args:
        if isinstance(a, type) and not isinstance(a, GenericAlias):
            continue
        if hasattr(a, '__typing_subst__'):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if hasattr(arg, '__typing_subst__') and arg in subst:
        return subst[arg]
    params = getattr(arg, '__parameters__', ())
    if params and not isinstance(arg, type):
        return arg[tuple(subst[p] for p in params)]
    return arg


class GenericAlias:
    __slots__ = ('__origin__', '__args__', '__parameters__', '__unpacked__', '__weakref__')

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _parameters(args))
        object.__setattr__(self, '__unpacked__', False)
        return self

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) if not isinstance(a, list)
                              else '[' + ', '.join(_type_repr(x) for x in a) + ']'
                              for a in args)
        star = '*' if self.__unpacked__ else ''
        return f'{star}{_type_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} "
                            f"arguments for {self!r}; actual {len(items)}, "
                            f"expected {len(params)}")
        subst = dict(zip(params, items))
        return GenericAlias(self.__origin__,
                            tuple(_substitute(a, subst) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __iter__(self):
        alias = GenericAlias(self.__origin__, self.__args__)
        object.__setattr__(alias, '__unpacked__', True)
        yield alias

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__') and name not in (
                '__name__', '__qualname__', '__module__', '__doc__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError(f"'types.GenericAlias' object attribute '{name}' is read-only")

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {'__origin__', '__args__',
                                                   '__parameters__', '__unpacked__'})


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType)) or \
        hasattr(x, '__typing_subst__')


def _union(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        items = x.__args__ if isinstance(x, UnionType) else (x,)
        for i in items:
            i = type(None) if i is None else i
            if i not in args:
                args.append(i)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '__args__', tuple(args))
    return u


class UnionType:
    __slots__ = ('__args__',)

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    @property
    def __parameters__(self):
        return _parameters(self.__args__)

    def __getitem__(self, items):
        params = self.__parameters__
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(params, items))
        result = None
        for a in self.__args__:
            a = _substitute(a, subst)
            result = a if result is None else result | a
        return result

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False

    def __setattr__(self, name, value):
        raise AttributeError(f"'types.UnionType' object attribute '{name}' is read-only")


GenericAlias.__module__ = UnionType.__module__ = 'types'
