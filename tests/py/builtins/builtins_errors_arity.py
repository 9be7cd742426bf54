# Builtins called with the wrong number of arguments.
for call in (lambda: len(), lambda: len([], []), lambda: abs(), lambda: chr(),
             lambda: divmod(1), lambda: isinstance(1), lambda: getattr(1), lambda: ord("a", "b"),
             lambda: hash(), lambda: range(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print(e)
