# The version Ember reports is CPython 3.11's.
import sys
print(sys.version_info[:2], sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(sys.version.startswith("3.11"), type(sys.version).__name__)
print(type(sys.implementation.name).__name__, sys.implementation.name == sys.implementation.name.lower())
