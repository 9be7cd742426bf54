# SystemExit propagates through frames and skips except Exception.
import sys
def deep(n):
    if n == 0:
        sys.exit(6)
    return deep(n - 1)
try:
    deep(5)
except Exception:
    print("not caught by except Exception")
