# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("hello ")
m = sys.stdout.write("wörld\n")
print(n, m)
sys.stdout.write("no newline at end")
sys.stdout.flush()
