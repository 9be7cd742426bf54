# Validating Sudoku rows, columns and boxes with sets of small ints.
board = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2], [6, 7, 2, 1, 9, 5, 3, 4, 8], [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3], [4, 2, 6, 8, 5, 3, 7, 9, 1], [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4], [2, 8, 7, 4, 1, 9, 6, 3, 5], [3, 4, 5, 2, 8, 6, 1, 7, 9],
]
def problems(b):
    found = []
    full = set(range(1, 10))
    for i in range(9):
        if set(b[i]) != full:
            found.append(("row", i, sorted(full - set(b[i]))))
        col = {b[r][i] for r in range(9)}
        if col != full:
            found.append(("col", i, sorted(full - col)))
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = {b[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)}
            if box != full:
                found.append(("box", (br, bc), sorted(full - box)))
    return found
print(problems(board))
board[4][4], board[4][5] = board[4][5], board[4][4]
board[0][0] = 1
print(problems(board))
