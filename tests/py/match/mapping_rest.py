# **rest binds a new dict of the remaining items, in the subject's order.
config = {"host": "h", "port": 80, "debug": True, "user": "u"}
match config:
    case {"port": port, **rest}:
        print(port, rest)
        print(rest is config, type(rest).__name__)
        rest["new"] = 1
        print(sorted(config))

match {"a": 1}:
    case {"a": _, **rest}:
        print("empty rest", rest)

match {"a": 1, "b": 2}:
    case {**everything}:
        print(everything)

match {}:
    case {**nothing}:
        print(nothing)

match [1, 2]:
    case {**r}:
        print("never")
    case _:
        print("a list is not a mapping")
