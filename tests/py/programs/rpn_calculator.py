# A reverse-Polish calculator with error handling and a stack trace of values.
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b, "%": lambda a, b: a % b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 100 ^", "1 0 /", "1 +", "1 2 3", "2.5 2 * 7 %", "x 1 +"]:
    try:
        print(f"{e!r:>22} = {rpn(e)}")
    except (ValueError, ZeroDivisionError) as err:
        print(f"{e!r:>22} ! {type(err).__name__}: {err}")
