# __hash__ must return an int; big ints are reduced, -1 becomes -2, bools are ints.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)), hash(H(True)), hash(H(2**64)) == hash(2**64))
for bad in ('str', 1.5, None):
    try:
        hash(H(bad))
    except TypeError as e:
        print(type(e).__name__, e)
