"""Spectral norm: power iteration on the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1)."""
import sys


def matrix_entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(vector):
    """A times vector."""
    n = len(vector)
    return [sum(matrix_entry(i, j) * x for j, x in enumerate(vector)) for i in range(n)]


def times_transposed(vector):
    """A's transpose times vector."""
    n = len(vector)
    return [sum(matrix_entry(j, i) * x for j, x in enumerate(vector)) for i in range(n)]


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return (vbv / vv) ** 0.5


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 14
for _ in range(loops):
    norm = "%.9f" % spectral_norm(100)
if norm != "1.274219991":
    raise SystemExit("spectral_norm: wrong norm " + norm)
print("spectral_norm(100):", norm)
