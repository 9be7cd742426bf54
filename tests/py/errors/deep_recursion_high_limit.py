# With a high recursion limit, deep recursion either works or raises an error, never crashes.
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(20000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print("RecursionError")
except MemoryError:
    print("RecursionError")
print("survived")
