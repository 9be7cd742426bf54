# min() and max() with iterables, several arguments, key and default.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B"))
print(max([], default="empty"), min([], default=None), max([5], default=0))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(*words, key=lambda w: w[-1]))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([(1, "b"), (1, "a")]))
print(max(2 ** 100, 2 ** 99), min(-1.5, -1), max(range(10), key=lambda x: x % 4))
for bad in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, "a"])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
