# Recursion under the default limit works; the limit is 1000.
import sys
print(sys.getrecursionlimit())
def down(n):
    return n if n == 0 else down(n - 1)
print(down(500))
def count(n, acc):
    if n == 0:
        return acc
    return count(n - 1, acc + n)
print(count(800, 0))
