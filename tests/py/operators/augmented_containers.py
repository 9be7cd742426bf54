# Augmented assignment mutates lists in place but rebinds tuples and strings.
a = [1, 2]
alias = a
a += [3]
a *= 2
print(a, alias, a is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
s = "ab"
s += "cd"
s *= 2
print(s)
d = {"k": [0]}
d["k"] += [1]
d["n"] = 1
d["n"] += 41
print(d)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] **= 2
print(lst)
a += range(2)
a += "xy"
print(a)
