# SystemExit can be caught; finally blocks run on exit.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    print("in try")
    sys.exit(2)
finally:
    print("finally runs before exiting")
