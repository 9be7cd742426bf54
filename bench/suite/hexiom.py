"""Hexiom: place numbered tiles on a hex board so each number counts its occupied neighbours."""
import sys

UNSET, HOLE = -2, -1


def hex_board(radius):
    """Cells of a hexagon in axial coordinates, and each cell's neighbour indexes."""
    cells = [(q, r) for q in range(-radius, radius + 1) for r in range(-radius, radius + 1)
             if abs(q + r) <= radius]
    index = {cell: i for i, cell in enumerate(cells)}
    directions = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
    neighbours = [[index[(q + dq, r + dr)] for dq, dr in directions if (q + dq, r + dr) in index]
                  for q, r in cells]
    return cells, neighbours


def make_puzzle(neighbours, seed, fill_percent):
    """Occupy cells with an LCG, then write on each tile its count of occupied neighbours."""
    occupied = []
    for _ in neighbours:
        seed = (seed * 69069 + 1) % 4294967296
        occupied.append(seed % 100 < fill_percent)
    tiles = [sum(occupied[n] for n in near)
             for cell, near in enumerate(neighbours) if occupied[cell]]
    return sorted(tiles)


class Solver:
    def __init__(self, neighbours, tiles):
        self.neighbours = neighbours
        self.remaining = {}
        for tile in tiles:
            self.remaining[tile] = self.remaining.get(tile, 0) + 1
        self.holes_left = len(neighbours) - len(tiles)
        self.board = [UNSET] * len(neighbours)
        self.solutions = 0
        self.first = None

    def consistent(self, cell):
        """The tiles at cell and around it can still see exactly their number of neighbours."""
        for place in [cell] + self.neighbours[cell]:
            value = self.board[place]
            if value < 0:
                continue
            occupied = unknown = 0
            for near in self.neighbours[place]:
                if self.board[near] == UNSET:
                    unknown += 1
                elif self.board[near] != HOLE:
                    occupied += 1
            if not occupied <= value <= occupied + unknown:
                return False
        return True

    def solve(self, cell=0):
        if cell == len(self.board):
            self.solutions += 1
            if self.first is None:
                self.first = tuple(self.board)
            return
        if self.holes_left:
            self.holes_left -= 1
            self.board[cell] = HOLE
            if self.consistent(cell):
                self.solve(cell + 1)
            self.holes_left += 1
        for value, count in sorted(self.remaining.items()):
            if count == 0:
                continue
            self.remaining[value] = count - 1
            self.board[cell] = value
            if self.consistent(cell):
                self.solve(cell + 1)
            self.remaining[value] = count
        self.board[cell] = UNSET


def is_solution(neighbours, board):
    return all(value < 0 or value == sum(board[near] >= 0 for near in neighbours[cell])
               for cell, value in enumerate(board))


def solve_all(puzzles):
    cells, neighbours = hex_board(2)
    results = []
    for seed in puzzles:
        solver = Solver(neighbours, make_puzzle(neighbours, seed, 55))
        solver.solve()
        if not is_solution(neighbours, solver.first):
            raise SystemExit("hexiom: the solver's first answer is not a solution")
        results.append(solver.solutions)
    return results


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 3
for _ in range(loops):
    counts = solve_all((4, 6, 7, 11))
if counts != [2916, 2916, 1548, 60]:
    raise SystemExit(f"hexiom: wrong solution counts {counts}")
print("hexiom: solutions per puzzle", counts)
