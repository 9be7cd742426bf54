def f():
    x: int = 5
    y: str
    return x, "y" in locals()
print(f())
print(f.__annotations__)
