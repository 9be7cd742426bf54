class P:
    x: int
    y: float = 0.0
    z: "P"
print(P.__annotations__)
print(hasattr(P, "x"), P.y)
class Q(P):
    w: bytes
print(Q.__annotations__)
