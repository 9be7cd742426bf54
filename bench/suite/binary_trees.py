"""Binary trees: allocate and walk many short-lived complete binary trees and a long-lived one."""
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def count_nodes(node):
    if node.left is None:
        return 1
    return 1 + count_nodes(node.left) + count_nodes(node.right)


def run(max_depth, min_depth=4):
    """The classic shape: a stretch tree, a long-lived tree, then batches of short-lived trees."""
    stretch = count_nodes(make_tree(max_depth + 1))
    lines = ["stretch tree of depth %d: %d nodes" % (max_depth + 1, stretch)]
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        checked = sum(count_nodes(make_tree(depth)) for _ in range(iterations))
        lines.append("%d trees of depth %d: %d nodes" % (iterations, depth, checked))
    lines.append("long-lived tree of depth %d: %d nodes" % (max_depth, count_nodes(long_lived)))
    return lines


def expected_lines(max_depth, min_depth=4):
    """What run() must report: a complete tree of depth d has 2**(d+1) - 1 nodes."""
    lines = ["stretch tree of depth %d: %d nodes" % (max_depth + 1, 2 ** (max_depth + 2) - 1)]
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        nodes = iterations * (2 ** (depth + 1) - 1)
        lines.append("%d trees of depth %d: %d nodes" % (iterations, depth, nodes))
    lines.append("long-lived tree of depth %d: %d nodes" % (max_depth, 2 ** (max_depth + 1) - 1))
    return lines


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 5
for _ in range(loops):
    lines = run(12)
if lines != expected_lines(12):
    raise SystemExit("binary_trees: wrong node counts: " + "; ".join(lines))
print("binary_trees:", "; ".join(lines))
