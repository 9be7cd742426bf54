# Converting a huge int to str hits the 4300-digit limit (CPython 3.11.7 default).
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(hex(10 ** 5000)))
