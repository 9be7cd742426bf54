from __future__ import annotations
class Node:
    value: int
    next: Node | None
    def link(self, other: Node) -> Node:
        return other
print(Node.__annotations__)
print(Node.link.__annotations__)
