# sys.exit(True) is status 1 (bool is an int).
import sys
print("exit with True")
sys.exit(True)
