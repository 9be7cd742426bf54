# An impossible allocation raises MemoryError instead of crashing.
try:
    x = [0] * 10 ** 12
except MemoryError as e:
    print(type(e).__name__)
try:
    s = "ab" * 10 ** 13
except MemoryError as e:
    print(type(e).__name__)
try:
    b = bytes(10 ** 14)
except MemoryError as e:
    print(type(e).__name__)
print("still alive")
