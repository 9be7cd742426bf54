# A list subclass: mutation in place, and plain lists from inherited operations.
class L(list):
    pass

l = L([3, 1, 2])
l.append(4)
l.extend([5])
l.insert(0, 0)
l.sort()
print(l, repr(l), type(l).__name__, len(l), l[0], l[-1])
for r in [l[1:3], l[:], l + [9], [9] + l, l * 2, l.copy(), list(l), sorted(l), l[::2]]:
    print(r, type(r).__name__)
print(l == [0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5] == l, 3 in l, l.index(3), l.count(1))
l.reverse()
print(l, l.pop(), l, type(l).__name__, L(), L('ab'), L(range(3)))
del l[0]
l[0] = 'x'
print(l, list(reversed(l)), bool(L()), bool(l))
