# sorted() returns a new list; key and reverse; stability.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), data, sorted(data, reverse=True))
print(sorted(["Banana", "apple", "Cherry"]), sorted(["Banana", "apple", "Cherry"], key=str.lower))
people = [("Ann", 30), ("Bob", 25), ("Cid", 30), ("Dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted({3: "c", 1: "a"}.items()), sorted("cab"), sorted(range(3, 0, -1)))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
