print(len("abc"))
len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))
import builtins
print(builtins.len is len)
globals()["len"] = lambda s: 99
print(len("x"))
del globals()["len"]
print(len("x"))
