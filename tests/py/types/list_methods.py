# Every list method.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.count(1), a.index(4), a.index(1, 2), len(a))
b = a.copy()
b.append(7)
b.extend(range(2))
b.insert(2, "i")
print(b, a)
print(b.pop(), b.pop(2), b.remove(1), b)
b.reverse()
print(b)
b.clear()
print(b)
try:
    a.index(100)
except ValueError as e:
    print("ValueError", e)
try:
    a.remove(100)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
