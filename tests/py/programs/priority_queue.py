# A binary min-heap priority queue written by hand.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        i = len(self.heap) - 1
        while i > 0 and self.heap[(i - 1) // 2] > self.heap[i]:
            parent = (i - 1) // 2
            self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
            i = parent
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i = 0
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < len(self.heap) and self.heap[child] < self.heap[smallest]:
                        smallest = child
                if smallest == i:
                    break
                self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
                i = smallest
        return top[0], top[2]
    def size(self):
        return len(self.heap)
pq = PriorityQueue()
for prio, task in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (5, "ship"), (2, "code")]:
    pq.push(prio, task)
while pq.size():
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError", e)
