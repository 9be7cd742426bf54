# print() to sys.stderr and with flush; only stdout is recorded in full.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("last stderr line", file=sys.stderr, flush=True)
print("end", file=sys.stdout)
print("x", "y", sep="+", file=sys.stdout, flush=False)
try:
    print("a", sep=1)
except TypeError as e:
    print("TypeError", e)
