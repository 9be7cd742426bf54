# Reading standard input: readline, iteration, read(n), readlines; the streams' names
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1:
        break
print(sys.stdin.readlines())
print(sys.stdin.name, sys.stdout.name, sys.stderr.name, sys.stdin.mode, sys.stdout.mode)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdin.closed, sys.stdout.writable())
sys.stdout.writelines(["one\n", "two\n"])
with sys.stdout as out:
    out.write("inside\n")
