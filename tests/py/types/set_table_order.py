# Set iteration order follows CPython's hash table: growth, dummies, merges, pop.
import_order = [5, 13, 21, 2, 10, 34, 0, 8, 64, 1]
s = set()
for x in import_order:
    s.add(x)
    print(s)
print(set(range(30, 0, -3)), set([100, 36, 4, 68]), set([-1, -2, -3, 7, 2**40, 2**61]))
a = set(range(20))
for i in range(0, 20, 3):
    a.discard(i)
a.update([40, 72, 104, 3, 6])
print(a, len(a))
b = set(); b.update(a)
print(b, set(a), a.copy(), frozenset(a))
d = dict.fromkeys([9, 1, 17, 25, 33, 4])
print(set(d), set(d.keys()), set(d.items()) == set(zip(d, d.values())))
print({1, 2, 3, 4, 5, 6, 7} | {100, 200, 8, 16}, {8, 16, 24} | {1, 2, 3, 4, 5})
print({1, 9, 17, 25, 33} & {33, 25, 17, 9, 1, 2}, {1, 9, 17, 25}.intersection([25, 17, 9]))
print(set(range(40)) - {1, 2}, set(range(12)) - set(range(3, 200)))
print({1, 2, 3, 4} ^ {3, 4, 5, 6, 70}, {9, 8, 7}.symmetric_difference([1, 17, 9]))
p = set(range(0, 100, 7))
print([p.pop() for _ in range(5)], p)
p.add(0); p.add(1)
print(p.pop(), p.pop(), p)
q = set(range(10))
q.intersection_update(range(5, 50), {6, 7, 8, 9, 22})
print(q)
q = set(range(10))
q.difference_update(range(8), [100])
print(q)
q = set(range(10))
q.symmetric_difference_update({8, 9, 10, 11, 40})
print(q)
r = {1, 2, 3}
r |= {64, 128, 9}
r &= {9, 64, 2, 3, 17}
r -= {3}
r ^= {1000, 64}
print(r)
print(set(range(100000, 100010)), frozenset([2**30, 2**31, 2**32]))
print({1, 2}.union([3], (4,), {5: 0}), {1, 2, 3}.intersection(), {4, 5}.difference([4], [5]))
print({0.5, 1.5, -0.0, 2.0}, {True, 1, 1.0}, {(1, 2), (2, 1), ()})
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(50))))
s = {1, 2, 3}
print(frozenset({1, 2}) in {frozenset({1, 2})}, {1, 2} in {frozenset({1, 2})})
t = {frozenset({1, 2}): 1}
print(set([1]) <= {1, 2}, {1, 2} < {1, 2}, {1, 2} >= {2}, {1} > set(), {1} == frozenset({1}))
print(s.issubset(range(5)), s.issuperset([1, 1]), s.isdisjoint([4, 5]), s.isdisjoint(s))
for bad in ([], {}, set()):
    try:
        s.add(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
try:
    {1} | [1]
except TypeError as e:
    print("TypeError", e)
try:
    s.remove([1])
except TypeError as e:
    print("TypeError", e)
s.discard({1})
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.update(1)
except TypeError as e:
    print("TypeError", e)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
