# Printing a lone surrogate: standard output cannot encode it.
import sys
print("before")
try:
    print("x\ud800")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, ascii(e.object))
try:
    sys.stdout.write("ab\ud800\udbff")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("between")
try:
    print("k", "\ud800", sep="")
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdout.write("ok\n"))
print("a", "b", "c\ud800", "d")
print("never")
