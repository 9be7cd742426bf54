# After a RecursionError the program can recurse normally again.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def forever():
    return forever()
for attempt in range(3):
    try:
        forever()
    except RecursionError:
        print("attempt", attempt, "RecursionError")
    print(depth(500))
