# a directory without __init__.py is a namespace package
import support.nsp.mod
import support.nsp as nsp
print(support.nsp.mod.NAME)
print(nsp.__spec__.origin, nsp.__spec__.has_location)
print(getattr(nsp, "__file__", "no __file__"))
print(len(list(nsp.__path__)))
print(repr(nsp).startswith("<module 'support.nsp' (namespace) from ['"))
import support
print(support.__spec__.origin, list(support.__path__)[0].endswith("imports/support"))
