# A bank queue simulation with a deterministic pseudo-random generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % n
rng = LCG(42)
queue = []
served = []
waits = []
for minute in range(30):
    for _ in range(rng.next(3)):
        queue.append(minute)
    if queue and minute % 2 == 0:
        arrived = queue.pop(0)
        served.append(arrived)
        waits.append(minute - arrived)
print("served", len(served), "waiting", len(queue))
print("waits", waits)
print(f"average wait {sum(waits) / len(waits):.2f}, max {max(waits)}")
