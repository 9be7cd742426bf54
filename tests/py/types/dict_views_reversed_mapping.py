# dict views: reversed(), .mapping, and set/view comparisons and operators with the set
# on either side.
def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
e = {1: 10, 2: 20, 3: 30}
attempt(lambda: list(reversed(e)))
attempt(lambda: list(reversed(e.keys())))
attempt(lambda: list(reversed(e.values())))
attempt(lambda: list(reversed(e.items())))
attempt(lambda: list(e.__reversed__()))
attempt(lambda: e.keys().mapping)
attempt(lambda: e.items().mapping == e)
attempt(lambda: {1, 9} & e.keys())
attempt(lambda: e.keys() == {1, 2, 3})
attempt(lambda: e.items() == {(1, 10), (2, 20), (3, 30)})
attempt(lambda: e.keys() < {1, 2, 3, 4})
attempt(lambda: e.keys() >= {1})
attempt(lambda: {}.keys() == set())
attempt(lambda: {1, 2, 3} == e.keys())
g = {1: 1, 2: 2}
rit = reversed(g)
attempt(lambda: next(rit))
g[3] = 3
attempt(lambda: next(rit))
