# import of a regular package and its submodules, and the attributes importlib sets
import sys
import support.pkg
import support.pkg.sub as s
from support.pkg import sub, value
from support.pkg.sub import helper

print(support.pkg.value, s.helper(), sub is s, helper(), value)
print(support.pkg.__name__, support.pkg.__package__, s.__package__)
print(support.pkg.__spec__.name, support.pkg.__spec__.parent, s.__spec__.parent)
print(len(support.pkg.__path__), support.pkg.__path__[0].endswith("support/pkg"))
print(support.pkg.__file__.endswith("support/pkg/__init__.py"))
print(s.__file__.endswith("support/pkg/sub.py"), s.__cached__.endswith(".pyc"))
print("support.pkg.sub" in sys.modules, sys.modules["support.pkg.sub"] is s)
print(support.pkg.sub is s, support.pkg.__doc__)
print(s.__spec__.has_location, s.__spec__.submodule_search_locations)
print(support.pkg.__spec__.loader is support.pkg.__loader__)
print(type(s.__loader__).__name__, s.__loader__.is_package("support.pkg.sub"))
print(support.pkg.__loader__.is_package("support.pkg"))
print(s.__loader__.get_source("support.pkg.sub").splitlines()[0])
print(repr(s).startswith("<module 'support.pkg.sub' from '"), repr(s).endswith("sub.py'>"))
import support.pkg.deep.leaf
print(support.pkg.deep.leaf.LEAF)
print(sorted(k for k in sys.modules if k.startswith("support")))
