from __future__ import annotations

def f(a: int, b: list[int] = [], *c: tuple[int, ...], d: A.B[C], **e: Callable[[int], str]) -> dict[str, "X"]:
    pass
print(f.__annotations__)
