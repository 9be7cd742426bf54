from __future__ import annotations
def f(x: undefined_name) -> also_undefined:
    return x
print(f(3), f.__annotations__)
