# The sys attributes that the foundation provides exist and have the right types.
import sys
for name in ("argv", "exit", "stdout", "stderr", "getrecursionlimit", "setrecursionlimit",
             "version", "version_info", "implementation", "maxsize", "byteorder"):
    print(name, hasattr(sys, name))
print(callable(sys.exit), callable(sys.stdout.write), callable(sys.stderr.flush))
print(type(sys.argv).__name__, type(sys.maxsize).__name__, type(sys.byteorder).__name__)
