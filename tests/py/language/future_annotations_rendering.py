from __future__ import annotations
a: 1 + 2 * 3
b: (1 + 2) * 3
c: -x ** 2
d: x if y else z
e: lambda q: q
f: [1, 2, (3,)]
g: {"k": v, **rest}
h: f(a, *b, c=1, **d)
i: x[1:2, ::3]
j: not a and b or c
k: a < b <= c is not d
l: f"{x!r:>10}"
m: 'single'
n: b"bytes"
o: ...
p: {1, 2}
q: (yield_ for yield_ in range(3))
r: ()
s: 1.5e10
t: 0x1F
print(__annotations__)
