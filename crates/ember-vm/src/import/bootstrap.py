"""Ember's import-system objects, seen from Python: module specs, loaders and the finders
on sys.meta_path. The import statement itself is native (crates/ember-vm/src/import);
these classes are what `__spec__`, `__loader__` and `sys.meta_path` hold, with the
attributes and methods CPython's importlib gives them, so that importlib, runpy, pkgutil
and linecache work with them. The names prefixed with an underscore and not defined
here (_find_location, _exec_source, _read_bytes, _source_text, _code_of,
_cache_from_source, _create_builtin, _is_builtin) are native and injected before this
runs."""


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and smsl == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = _cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


ModuleSpec.__module__ = '_frozen_importlib'


class BuiltinImporter:
    """Meta path finder and loader for the modules written in Rust."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        return _create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


BuiltinImporter.__module__ = '_frozen_importlib'


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        return _read_bytes(path)

    def get_resource_reader(self, module):
        from importlib.readers import FileReader
        return FileReader(self)


class SourceFileLoader(FileLoader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _exec_source(module, self.path)

    def load_module(self, fullname=None):
        import sys
        name = self.name if fullname is None else fullname
        if name in sys.modules:
            module = sys.modules[name]
            self.exec_module(module)
            return module
        return __import__(name, fromlist=['*'])

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_code(self, fullname):
        return _code_of(self.path)

    def get_source(self, fullname):
        return _source_text(self.path)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


FileLoader.__module__ = SourceFileLoader.__module__ = '_frozen_importlib_external'


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


NamespaceLoader.__module__ = '_frozen_importlib_external'


class PathFinder:
    """Meta path finder for the directories of sys.path and packages' __path__."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _find_location(fullname, path)


PathFinder.__module__ = '_frozen_importlib_external'


def _spec_for(name, kind, where):
    """The spec of a module found on the path: kind 0 a module file, 1 a package's
    __init__.py (where = (init, dir)), 2 a namespace package (where = its portions)."""
    if kind == 2:
        spec = ModuleSpec(name, NamespaceLoader(name, where), is_package=True)
        spec.submodule_search_locations = where
        return spec
    origin = where if kind == 0 else where[0]
    spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin,
                      is_package=kind == 1)
    spec._set_fileattr = True
    if kind == 1:
        spec.submodule_search_locations.append(where[1])
    return spec
