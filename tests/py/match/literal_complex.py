# Complex literals: imaginary numbers and real +/- imaginary sums, with signs.
def f(v):
    match v:
        case 2j:
            return "2j"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case 0.5 - 0.5j:
            return "0.5-0.5j"
        case -3j:
            return "-3j"
        case 0j:
            return "zero"
        case _:
            return "no"

for v in [2j, complex(0, 2), 1 + 2j, -1 - 2j, 0.5 - 0.5j, -3j, 0, 0.0, False, 1, 2, 1 + 2.0j]:
    print(repr(v), f(v))
