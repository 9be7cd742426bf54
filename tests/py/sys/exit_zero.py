# sys.exit(0) and sys.exit() exit with status 0.
import sys
print("exiting cleanly")
sys.exit(0)
