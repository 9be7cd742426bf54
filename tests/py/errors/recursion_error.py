# Unbounded recursion raises RecursionError, which can be caught.
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__)
    print(str(e).startswith("maximum recursion depth exceeded"))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
print("still running", infinite.__name__)
