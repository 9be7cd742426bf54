# A starred capture takes the middle items as a list, whatever the sequence type.
def f(v):
    match v:
        case [first, *middle, last]:
            return ("ends", first, middle, last)
        case [*only]:
            return ("all", only)

for v in [[1, 2], (1, 2, 3, 4), range(5), [1], (), "not"]:
    print(repr(v), f(v) if not isinstance(v, str) else "skipped")

match (1, 2, 3):
    case [*head, tail]:
        print(head, tail, type(head).__name__)
match [1, 2, 3]:
    case [h, *tail]:
        print(h, tail)
match (9,):
    case [h, *tail]:
        print(h, tail)
match []:
    case [*rest]:
        print("empty rest", rest)
