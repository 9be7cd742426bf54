# sys.maxsize and sys.byteorder on a 64-bit little-endian machine.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(-sys.maxsize - 1, type(sys.maxsize).__name__)
print(len(range(sys.maxsize)) == sys.maxsize)
