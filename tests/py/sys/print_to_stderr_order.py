# print(file=sys.stderr) does not disturb stdout's content.
import sys
for i in range(3):
    print("stdout", i)
    print("stderr", i, file=sys.stderr)
print("done")
