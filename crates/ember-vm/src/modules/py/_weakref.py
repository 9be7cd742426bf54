"""A stand-in `_weakref` until weak references are native: a reference keeps its
referent alive (so it never dies and its callback never runs), which keeps every program
correct that does not depend on objects being collected. Replaced by the native module."""


class ReferenceType:
    __slots__ = ('_referent', '__callback__', '__dict__')

    def __new__(cls, ob, callback=None, *args, **kwargs):
        self = object.__new__(cls)
        self._referent = ob
        self.__callback__ = callback
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return self._referent

    def __hash__(self):
        return hash(self._referent)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._referent == other._referent
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, ReferenceType):
            return self._referent != other._referent
        return NotImplemented

    def __repr__(self):
        ob = self._referent
        return (f'<weakref at {id(self):#x}; to {type(ob).__name__!r} '
                f'at {id(ob):#x}>')

    def __class_getitem__(cls, item):
        return cls


ReferenceType.__name__ = ReferenceType.__qualname__ = 'ReferenceType'
ReferenceType.__module__ = 'weakref'
ref = ReferenceType


class ProxyType:
    pass


class CallableProxyType:
    pass


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'


def proxy(ob, callback=None):
    return ob


def getweakrefcount(ob):
    return 0


def getweakrefs(ob):
    return []


def _remove_dead_weakref(d, key):
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]
