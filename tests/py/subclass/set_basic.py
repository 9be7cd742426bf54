# A set subclass: in-place operations keep the object; others give plain sets.
class S(set):
    pass

s = S([3, 1, 2])
print(s, repr(s), type(s).__name__, len(s), 2 in s, S(), repr(S()))
for r in [s | {9}, s & {1, 2}, s - {1}, s ^ {1, 7}, s.union([8]), s.intersection([1]),
          s.difference([1]), s.symmetric_difference([1]), s.copy(), set(s)]:
    print(sorted(r), type(r).__name__)
same = s
s |= {4}
s -= {3}
print(sorted(s), s is same, type(s).__name__)
s.add(10)
s.discard(1)
print(sorted(s), s == {2, 4, 10}, {2, 4, 10} == s, s <= {2, 4, 10, 11}, s.issubset(range(20)))
try:
    hash(s)
except TypeError as e:
    print('TypeError', e)
