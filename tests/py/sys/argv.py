# sys.argv holds the script path as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv), type(sys.argv).__name__, sys.argv[0].endswith("argv.py"))
