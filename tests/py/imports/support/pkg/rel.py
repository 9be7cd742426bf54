from . import sub
from .sub import helper
from .. import pkg
from .deep import leaf
from .deep.leaf import LEAF
import support.pkg.deep as deep_alias
print("rel:", sub.helper(), helper(), pkg.value, leaf.LEAF, LEAF, deep_alias.__name__)
print("rel package:", __package__, __spec__.parent)
