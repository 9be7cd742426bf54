# Matrix multiplication, transpose and identity with lists of lists.
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))]
            for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def show(m):
    for row in m:
        print(" ".join([f"{v:6}" for v in row]))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(a, identity(3)) == a)
m = [[1, 1], [1, 0]]
p = identity(2)
for _ in range(30):
    p = matmul(p, m)
print("fib(30) =", p[0][1])
try:
    matmul(a, a)
except ValueError as e:
    print("ValueError", e)
