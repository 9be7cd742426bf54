from __future__ import annotations
a: (a or b) and c
b: a or (b and c)
c: not (a or b)
d: (-x) ** -y
e: (a + b) * (c - d) / e % f // g @ h
f: a - (b - c)
g: (a - b) - c
h: a ** (b ** c)
i: (a ** b) ** c
j: (lambda: 1)()
m: a[b:c][d, e:f, ...]
n: {**a, 'b': 1}
o: {x: y for x, y in z if x}
p: {i for i in range(3)}
q: f(x for x in y)
r: (a, b)[0]
s: a.b.c(d)(e)[f]
t: -(1).real
u: 1 .real
v: x < (y < z)
w: ~a | b & c ^ d << e >> f
x: 'it\'s' + "quote\"d"
y: 1j + 2.5 + 1e400
z: lambda a, b=1, *c, d, e=2, **f: 0
print(__annotations__)
