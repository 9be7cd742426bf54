# sorted() and list.sort() reject unknown keywords and positional keys alike.
for call in (lambda: sorted([2, 1], foo=1), lambda: [2, 1].sort(foo=1),
             lambda: [2, 1].sort(len), lambda: sorted()):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1, 2], reverse=True), sorted("bca", key=None))
