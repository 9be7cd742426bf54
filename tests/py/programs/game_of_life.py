# Conway's game of life on a small torus.
def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new
def show(grid):
    for row in grid:
        print("".join(["#" if v else "." for v in row]))
grid = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(4):
    print("generation", gen)
    show(grid)
    grid = step(grid)
print("alive after 4:", sum([sum(row) for row in grid]))
