"""Go: random playouts on a 9x9 board with captures, ko, suicide rules and area scoring."""
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


def neighbour_table(size):
    table = []
    for point in range(size * size):
        row, column = divmod(point, size)
        near = []
        if row > 0:
            near.append(point - size)
        if row < size - 1:
            near.append(point + size)
        if column > 0:
            near.append(point - 1)
        if column < size - 1:
            near.append(point + 1)
        table.append(near)
    return table


NEIGHBOURS = neighbour_table(SIZE)


class Random:
    """xorshift32: the same sequence on every runtime."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x % n


class Board:
    def __init__(self):
        self.stones = [EMPTY] * (SIZE * SIZE)
        self.ko_point = None
        self.captures = {BLACK: 0, WHITE: 0}

    def group_and_liberties(self, start):
        color = self.stones[start]
        group = {start}
        liberties = set()
        frontier = [start]
        while frontier:
            point = frontier.pop()
            for near in NEIGHBOURS[point]:
                stone = self.stones[near]
                if stone == EMPTY:
                    liberties.add(near)
                elif stone == color and near not in group:
                    group.add(near)
                    frontier.append(near)
        return group, liberties

    def is_own_eye(self, point, color):
        return all(self.stones[near] == color for near in NEIGHBOURS[point])

    def play(self, point, color):
        """Place a stone if the move is legal; return whether it was played."""
        if self.stones[point] != EMPTY or point == self.ko_point:
            return False
        self.stones[point] = color
        enemy = BLACK + WHITE - color
        captured = []
        for near in NEIGHBOURS[point]:
            if self.stones[near] == enemy:
                group, liberties = self.group_and_liberties(near)
                if not liberties:
                    captured.extend(group)
                    for stone in group:
                        self.stones[stone] = EMPTY
        group, liberties = self.group_and_liberties(point)
        if not liberties:
            self.stones[point] = EMPTY
            return False
        self.captures[color] += len(captured)
        if len(captured) == 1 and len(group) == 1 and len(liberties) == 1:
            self.ko_point = captured[0]
        else:
            self.ko_point = None
        return True

    def score(self):
        """Area scoring: stones plus the empty regions that touch only one color."""
        points = {BLACK: 0, WHITE: 0}
        seen = set()
        for point, stone in enumerate(self.stones):
            if stone != EMPTY:
                points[stone] += 1
            elif point not in seen:
                region = {point}
                borders = set()
                frontier = [point]
                while frontier:
                    current = frontier.pop()
                    for near in NEIGHBOURS[current]:
                        if self.stones[near] == EMPTY:
                            if near not in region:
                                region.add(near)
                                frontier.append(near)
                        else:
                            borders.add(self.stones[near])
                seen |= region
                if len(borders) == 1:
                    points[borders.pop()] += len(region)
        return points[BLACK] - points[WHITE] - KOMI


def random_move(board, color, random):
    """Try the empty points in random order, skipping own eyes and illegal moves."""
    candidates = [p for p, stone in enumerate(board.stones) if stone == EMPTY]
    while candidates:
        index = random.below(len(candidates))
        point = candidates[index]
        candidates[index] = candidates[-1]
        candidates.pop()
        if not board.is_own_eye(point, color) and board.play(point, color):
            return point
    return None


def playout(opening, random):
    board = Board()
    color = BLACK
    for point in opening:
        board.play(point, color)
        color = BLACK + WHITE - color
    passes = moves = 0
    while passes < 2 and moves < 3 * SIZE * SIZE:
        passes = passes + 1 if random_move(board, color, random) is None else 0
        color = BLACK + WHITE - color
        moves += 1
    return board.score(), board.captures[BLACK] + board.captures[WHITE]


def evaluate_openings(playouts):
    """For a few first moves, count black's wins over random games that start with it."""
    random = Random(2463534242)
    results = []
    for opening in ([40], [20], [0], [40, 30]):
        wins = captures = 0
        for _ in range(playouts):
            margin, taken = playout(opening, random)
            wins += margin > 0
            captures += taken
        results.append((wins, captures))
    return results


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 5
for _ in range(loops):
    results = evaluate_openings(8)
if results != [(2, 433), (5, 316), (2, 434), (3, 497)]:
    raise SystemExit(f"go: wrong (wins, captures) per opening {results}")
print("go: (black wins, captures) per opening", results)
