# Small-object allocation: 1 million instances created and dropped (issue 3's speed check).
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def main():
    total = 0
    for i in range(1000000):
        n = Node(i, None)
        m = Node(n.value + 1, n)
        total += m.value - m.next.value
    return total


result = main()
assert result == 1000000, result
print(result)
