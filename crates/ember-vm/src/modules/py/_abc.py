"""Ember's `_abc`: the machinery behind abc.ABCMeta (abstract method sets, virtual
subclass registration, and the instance/subclass checks with their caches). The caches
and the registry hold their classes strongly."""

_invalidation_counter = 0


def get_cache_token():
    return _invalidation_counter


class _abc_data:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter


def _impl(cls):
    try:
        impl = cls.__dict__['_abc_impl']
    except (KeyError, AttributeError):
        impl = None
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abc_init(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_impl = _abc_data()


def _abc_register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    global _invalidation_counter
    _impl(cls).registry.add(subclass)
    _invalidation_counter += 1
    return subclass


def _abc_instancecheck(cls, instance):
    impl = _impl(cls)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl.negative_cache_version == _invalidation_counter
                and subclass in impl.negative_cache):
            return False
        return cls.__subclasscheck__(subclass)
    return any(cls.__subclasscheck__(c) for c in (subclass, subtype))


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    impl = _impl(cls)
    if subclass in impl.cache:
        return True
    if impl.negative_cache_version < _invalidation_counter:
        impl.negative_cache = set()
        impl.negative_cache_version = _invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if ok:
            impl.cache.add(subclass)
        else:
            impl.negative_cache.add(subclass)
        return ok
    if cls in getattr(subclass, '__mro__', ()):
        impl.cache.add(subclass)
        return True
    for rcls in impl.registry:
        if issubclass(subclass, rcls):
            impl.cache.add(subclass)
            return True
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _get_dump(cls):
    impl = _impl(cls)
    return (set(impl.registry), set(impl.cache), set(impl.negative_cache),
            impl.negative_cache_version)


def _reset_registry(cls):
    _impl(cls).registry.clear()


def _reset_caches(cls):
    impl = _impl(cls)
    impl.cache.clear()
    impl.negative_cache.clear()
