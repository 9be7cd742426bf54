# List mutation through methods and indexing.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(100, 7)
a.insert(-1, 6.5)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a)
a[0] = "first"
a[-1] = "last"
print(a)
a.reverse()
print(a)
a.clear()
print(a, len(a))
