# A small stack class with error handling.
class EmptyStackError(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
        return self
    def pop(self):
        if not self._items:
            raise EmptyStackError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def size(self):
        return len(self._items)
s = Stack()
s.push(1).push(2).push(3)
print(s.size(), s.peek(), s.pop(), s.pop(), s.size())
s.pop()
try:
    s.pop()
except EmptyStackError as e:
    print("EmptyStackError", e)
