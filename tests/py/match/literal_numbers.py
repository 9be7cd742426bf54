# Literal patterns compare numbers with ==: ints, negative ints, big ints, floats.
def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 12345678901234567890123:
            return "big"
        case -98765432109876543210:
            return "negative big"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case 1e400:
            return "infinity"
        case _:
            return "other"

for v in [0, 0.0, -0.0, False, -1, -1.0, 12345678901234567890123, 12345678901234567890123.0,
          -98765432109876543210, 2.5, -0.5, float("inf"), float("nan"), 3, "0"]:
    print(repr(v), kind(v))
