"""Deep copy: copy.deepcopy of nested containers, instances, shared references and cycles."""
import copy
import sys


class Node:
    def __init__(self, name, children, attributes):
        self.name = name
        self.children = children
        self.attributes = attributes
        self.parent = None


def build_tree(depth, fan_out, shared):
    """A tree whose nodes point back at their parent (cycles) and share one settings dict."""
    def make(level, path):
        children = [make(level + 1, path + (i,)) for i in range(fan_out)] if level < depth else []
        attributes = {"level": level, "path": path, "settings": shared,
                      "weights": [level, level * 2]}
        node = Node("n" + ".".join(map(str, path)), children, attributes)
        for child in children:
            child.parent = node
        return node
    return make(0, ())


def walk(node):
    yield node
    for child in node.children:
        yield from walk(child)


def check_copy(original, duplicate):
    """Same shape and values, no shared mutable objects, shared references still shared."""
    originals = list(walk(original))
    copies = list(walk(duplicate))
    if [n.name for n in originals] != [n.name for n in copies]:
        raise SystemExit("deepcopy: the copied tree has a different shape")
    settings = {id(n.attributes["settings"]) for n in copies}
    if len(settings) != 1 or id(original.attributes["settings"]) in settings:
        raise SystemExit("deepcopy: the shared settings dict was not copied exactly once")
    for a, b in zip(originals, copies):
        if a is b or a.attributes["weights"] is b.attributes["weights"]:
            raise SystemExit("deepcopy: an object was shared instead of copied")
        if b.children and b.children[0].parent is not b:
            raise SystemExit("deepcopy: a parent link points outside the copy")
    return len(copies)


def workload():
    shared = {"colors": ["red", "green"], "limits": (1, 2, [3, 4]), "scale": 1.5}
    tree = build_tree(5, 4, shared)
    duplicate = copy.deepcopy(tree)
    nodes = check_copy(tree, duplicate)
    records = [{"id": i, "values": list(range(i % 10)), "pair": (str(i), [i])} for i in range(3000)]
    copied_records = copy.deepcopy(records)
    if copied_records != records or copied_records[5]["pair"][1] is records[5]["pair"][1]:
        raise SystemExit("deepcopy: records were not copied deeply")
    return nodes, len(copied_records)


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 19
for _ in range(loops):
    result = workload()
if result != (1365, 3000):
    raise SystemExit(f"deepcopy: wrong result {result}")
print("deepcopy: %d tree nodes and %d records copied" % result)
