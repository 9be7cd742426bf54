"""Ember's `_imp`: the interpreter-side helpers importlib's bootstrap calls. Ember has
built-in (native) modules but no frozen modules and no extension modules."""

check_hash_based_pycs = 'never'
_frozen_module_names = ()


def is_builtin(name):
    return 1 if _is_builtin(name) else 0


def create_builtin(spec):
    return _create_builtin(spec)


def exec_builtin(module):
    return 0


def is_frozen(name):
    return False


def is_frozen_package(name):
    raise ImportError(f'No such frozen object named {name!r}', name=name)


def find_frozen(name, *, withdata=False):
    return None


def get_frozen_object(name, data=None):
    raise ImportError(f'No such frozen object named {name!r}', name=name)


def init_frozen(name):
    return None


def create_dynamic(spec, file=None):
    raise ImportError(f'Ember cannot load extension modules ({spec.origin})',
                      name=spec.name, path=spec.origin)


def exec_dynamic(module):
    return 0


def extension_suffixes():
    return []


def _fix_co_filename(code, path):
    pass


def acquire_lock():
    pass


def release_lock():
    pass


def lock_held():
    return False


def source_hash(key, source):
    raise NotImplementedError('hash-based pycs are not supported by Ember')


def _override_frozen_modules_for_tests(override):
    pass
