# RecursionError through a method ends the program with the usual message.
class Node:
    def __init__(self):
        self.parent = self
    def root(self):
        return self.parent.root()
print("finding root")
Node().root()
