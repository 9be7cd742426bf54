# Order of except/else/finally output across nested functions.
def level(n):
    try:
        print("enter", n)
        if n == 3:
            raise RuntimeError("bottom")
        level(n + 1)
    finally:
        print("leave", n)
try:
    level(1)
except RuntimeError as e:
    print("caught", e)
