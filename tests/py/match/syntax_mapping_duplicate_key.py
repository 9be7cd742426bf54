# Equal literal keys (1 and True) in one mapping pattern.
print("never printed")
match 1:
    case {1: a, "b": b, True: c}:
        pass
