# bad operand type for unary operators.
for v in ("s", [1], None, {}, 1.5):
    for name, op in (("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x)):
        try:
            op(v)
            print(name, type(v).__name__, "ok")
        except TypeError as e:
            print(name, "TypeError", e)
