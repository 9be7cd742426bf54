# Buffered stdout is flushed when an exception ends the program.
import sys
sys.stdout.write("partial line without newline")
print(" ...and more", end="")
raise RuntimeError("after partial output")
