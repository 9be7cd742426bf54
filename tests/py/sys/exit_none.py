# sys.exit() with no argument exits with status 0.
import sys
print("no argument")
sys.exit()
