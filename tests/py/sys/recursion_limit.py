# getrecursionlimit/setrecursionlimit.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
try:
    depth(1500)
except RecursionError:
    print("RecursionError with the default limit")
