# setrecursionlimit validates its argument.
import sys
old = sys.getrecursionlimit()
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print("TypeError", e)
sys.setrecursionlimit(50)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    depth(100)
except RecursionError:
    print("RecursionError at limit 50")
sys.setrecursionlimit(old)
print(depth(100), sys.getrecursionlimit() == old)
