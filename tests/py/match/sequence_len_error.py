# The length check calls len(): a range too long for it raises OverflowError.
for v in [range(10 ** 20), range(5)]:
    try:
        match v:
            case [a, b, *_]:
                print("first two", a, b)
    except OverflowError as e:
        print("OverflowError:", e)
    match v:
        case [*_]:
            print("a bare star needs no len()")
