# ValueError/TypeError messages from unpacking.
def show(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def two(v):
    a, b = v
def star(v):
    a, b, *c = v
show(lambda: two([1]))
show(lambda: two([1, 2, 3]))
show(lambda: two("abc"))
show(lambda: two(5))
show(lambda: two(None))
show(lambda: star([1]))
show(lambda: two({}))
