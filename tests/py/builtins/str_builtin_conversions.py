# str(), repr() and format() agree for simple types.
for v in (0, -7, 2 ** 65, 0.1, -1e-7, 1e16, 2j, True, None, "s"):
    print(str(v) == format(v), repr(v), str(v), f"{v}", "%s" % (v,))
