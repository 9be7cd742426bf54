from ... import pkg
from ...pkg import value
from . import DEEP
LEAF = ("leaf", value, DEEP, pkg.__name__)
