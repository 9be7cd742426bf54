from __future__ import annotations
a: f"plain"
b: f"{x}"
c: f"{x!s} and {y!a:>{w}}"
d: f"{'q'}"
e: f"{{literal}} {x}"
f: f"{x:{'>'}10}"
g: f"a" "b" f"{c}"
h: f"{ {1: 2}[1] }"
print(__annotations__)
