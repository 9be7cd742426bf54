from __future__ import annotations
x: int = 1
y: list[dict[str, int]]
z: "quoted"
w: Optional[int] | None
print(__annotations__)
