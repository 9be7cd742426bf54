# A small expression evaluator written with class patterns.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand

def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")

tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Neg(Num(4)))))
print(evaluate(tree))
print(evaluate(BinOp("*", Num(0), "never evaluated")))
for bad in [BinOp("/", Num(1), Num(2)), "leaf"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
