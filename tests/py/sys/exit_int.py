# sys.exit(n) exits with status n after flushing stdout.
import sys
print("before exit")
sys.exit(3)
print("not reached")
