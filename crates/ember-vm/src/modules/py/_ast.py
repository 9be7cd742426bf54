"""Ember's `_ast`: the abstract-syntax-tree node classes, with CPython 3.11's names,
fields, attributes and constructor. The node definitions come from `_ast_nodes.py`
(generated from CPython's own metadata by gen_ast.py) and are appended to this source."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

__name__ = 'ast'


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument"
                            f"{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__) or None

