# Sorting a larger list keeps equal keys in their original order.
data = [(i * 7919 % 101, i) for i in range(500)]
by_key = sorted(data, key=lambda p: p[0])
ok = all([by_key[i][0] < by_key[i + 1][0] or
          (by_key[i][0] == by_key[i + 1][0] and by_key[i][1] < by_key[i + 1][1])
          for i in range(len(by_key) - 1)])
print(ok, by_key[:5], by_key[-3:])
rev = sorted(data, key=lambda p: p[0], reverse=True)
print(rev[:4])
lst = list(range(20))
lst.sort(key=lambda x: x % 3)
print(lst)
