# sys.stderr.write: only the last stderr line is recorded.
import sys
sys.stdout.write("out 1\n")
sys.stderr.write("err 1\n")
sys.stderr.flush()
sys.stdout.write("out 2\n")
sys.stderr.write("err 2: the last line\n")
