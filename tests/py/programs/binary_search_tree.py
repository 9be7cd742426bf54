# A binary search tree with insert, search, in-order traversal and height.
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        node = [key, None, None]
        if self.root is None:
            self.root = node
            return
        cur = self.root
        while True:
            idx = 1 if key < cur[0] else 2
            if cur[idx] is None:
                cur[idx] = node
                return
            cur = cur[idx]
    def contains(self, key):
        cur = self.root
        while cur:
            if key == cur[0]:
                return True
            cur = cur[1] if key < cur[0] else cur[2]
        return False
def inorder(node, out):
    if node:
        inorder(node[1], out)
        out.append(node[0])
        inorder(node[2], out)
    return out
def height(node):
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(inorder(t.root, []))
print(height(t.root), t.contains(45), t.contains(46))
