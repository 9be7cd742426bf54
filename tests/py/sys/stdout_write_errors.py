# sys.stdout.write requires a str.
import sys
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
print(sys.stdout.write(""))
