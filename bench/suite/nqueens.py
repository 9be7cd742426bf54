"""N-queens: count every placement of n non-attacking queens by backtracking."""
import sys


def solutions(n):
    """Yield each solution as a tuple: the queen's column in each row."""
    columns = set()
    diagonals = set()
    anti_diagonals = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for column in range(n):
            if column in columns or row - column in diagonals or row + column in anti_diagonals:
                continue
            columns.add(column)
            diagonals.add(row - column)
            anti_diagonals.add(row + column)
            placed.append(column)
            yield from place(row + 1)
            placed.pop()
            columns.remove(column)
            diagonals.remove(row - column)
            anti_diagonals.remove(row + column)

    return place(0)


def is_valid(solution):
    n = len(solution)
    return (len(set(solution)) == n
            and len({row - column for row, column in enumerate(solution)}) == n
            and len({row + column for row, column in enumerate(solution)}) == n)


def count_and_check(n):
    found = list(solutions(n))
    if not all(is_valid(solution) for solution in found):
        raise SystemExit("nqueens: an invalid placement was produced")
    return len(found), found[0], found[-1]


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 22
for _ in range(loops):
    result = count_and_check(10)
if result != (724, (0, 2, 5, 7, 9, 4, 8, 1, 3, 6), (9, 7, 4, 2, 0, 5, 1, 8, 6, 3)):
    raise SystemExit(f"nqueens: wrong result {result}")
print("nqueens(10): %d solutions, first %s, last %s" % result)
