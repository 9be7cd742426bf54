# list.sort and sorted: stability, key, reverse.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [3, -1, 2.5, -7, 0, 10 ** 20, True]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({5: 0, 1: 0}), sorted([]))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
