# Modifying a list while iterating over a copy, and range objects reused.
items = [1, 2, 3, 4, 5, 6]
for v in items[:]:
    if v % 2 == 0:
        items.remove(v)
print(items)
r = range(3)
print([x for x in r], [x for x in r])
words = ["a", "b"]
for w in words:
    if len(words) < 5:
        words.append(w + "!")
print(words)
