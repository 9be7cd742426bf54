# dict() constructor forms and errors.
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print(dict([["k", "v"]]), dict(((1, 2),)), dict({"x": 1}.items()))
for bad in ([1, 2], [("a",)], [("a", 1, 2)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
