# Every set method on small ints.
s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(s, s.pop(), s)
t = {3, 4, 5, 6}
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
print(s.union([7], (8,)), s.issubset(t), {3}.issubset(t), t.issuperset({5}), s.isdisjoint({9}))
u = {1, 2, 3, 4}
u.update([5, 6], {7})
u.intersection_update({1, 2, 3, 5, 7, 9})
print(u)
u.difference_update([1])
u.symmetric_difference_update({2, 100})
print(u, u.copy() == u, u.copy() is u)
u.clear()
print(u, len(u))
try:
    u.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
